"""Spanish: the site furniture's strings (machine-made, for review), and the conventions
that every app's Spanish demo strings follow.

Keys are the English text exactly as wagtail-localize extracts it (see pl.py).
Names stay in English: Resilience Revolution, Bounce Forward, HeadStart and
the partner organisations. The campaign's name is translated, with the English
name in brackets where the introduction first gives it.
Terms used throughout: resilience = resiliencia, Resilient Moves = Pasos
Resilientes, Resilience Framework = Marco de Resiliencia, community of
practice = comunidad de práctica, beating/changing the odds = superar las
adversidades / cambiar las condiciones.
"""

STRINGS = {
    # Site furniture
    "Resilience Revolution": "Resilience Revolution",
    "A movement of young people and the adults around them, beating the odds while changing them.": "Un movimiento de jóvenes y de los adultos que los rodean, que superan las adversidades mientras las cambian.",
    "Beating the odds whilst also changing the odds, together.": "Juntos superamos las adversidades y, a la vez, cambiamos las condiciones que las crean.",
    "We've moved! The co-production team's website has a new home.": "¡Nos hemos mudado! El sitio web del equipo de coproducción tiene una nueva dirección.",
    "Read about our new home": "Lee sobre nuestra nueva casa",
    # The newsletter's topics
    "Campaign news": "Noticias de las campañas",
    "What our campaigns have done, and what you can do next.": "Lo que han logrado nuestras campañas y lo que puedes hacer a continuación.",
    "Events": "Eventos",
    "Training, talks and meet-ups, near you and online.": "Formaciones, charlas y encuentros, cerca de ti y en línea.",
    "Resources for schools": "Recursos para centros educativos",
    "New packs and guides for teachers and practitioners.": "Nuevos paquetes y guías para docentes y profesionales.",
    # The Resilience Framework page, its version and compartments
    "For young people": "Para jóvenes",
    "Young people aged 13 to 19 who want to understand and build their own resilience.": "Jóvenes de 13 a 19 años que quieren entender y construir su propia resiliencia.",
    "The Resilience Framework written for you: 42 Resilient Moves, in plain words, that you can try at home, at school and with your friends. Pick one that fits your life right now and give it a go.": "El Marco de Resiliencia escrito para ti: 42 Pasos Resilientes, en palabras sencillas, que puedes probar en casa, en el instituto y con tus amigos. Elige uno que encaje con tu vida ahora mismo y pruébalo.",
    "Basics": "Lo básico",
    "The things everyone needs to get through the day: somewhere safe to live, enough food, sleep and money, ways to get around, and time to have fun.": "Lo que todo el mundo necesita para salir adelante cada día: un lugar seguro donde vivir, suficiente comida, sueño y dinero, formas de desplazarse y tiempo para divertirse.",
    "Belonging": "Pertenencia",
    "Having people and places that make you feel you fit in, and keeping those good relationships going, even when life gets busy or hard.": "Tener personas y lugares con los que sientes que encajas, y cuidar esas buenas relaciones, incluso cuando la vida se llena de cosas o se pone difícil.",
    "Learning": "Aprendizaje",
    "Getting the most out of school, college and life outside them, by finding help, making plans and noticing how far you've come.": "Sacar el máximo partido al instituto, a la formación y a la vida fuera de ellos: buscar ayuda, hacer planes y darte cuenta de todo lo que has avanzado.",
    "Coping": "Afrontamiento",
    "Ways to get through the tough days: staying calm, working through problems, asking for help and still finding reasons to laugh.": "Formas de superar los días difíciles: mantener la calma, resolver los problemas paso a paso, pedir ayuda y seguir encontrando motivos para reír.",
    "Core self": "El yo interior",
    "Getting to know who you are, what you care about and what you're good at, and being kind to yourself along the way.": "Conocer quién eres, qué te importa y qué se te da bien, y tratarte con cariño por el camino.",
    "The Resilience Framework": "El Marco de Resiliencia",
    "42 Resilient Moves": "42 Pasos Resilientes",
    "Five compartments and 42 Resilient Moves: steps, big and small, that you can take to build your resilience.": "Cinco áreas y 42 Pasos Resilientes: pasos, grandes y pequeños, que puedes dar para construir tu resiliencia.",
    "The Resilience Framework is our shared language for resilience, which we see as beating the odds whilst also changing the odds. It sorts 42 Resilient Moves into five compartments: Basics, Belonging, Learning, Coping and Core self. Each move is a step, big or small, that research shows can help. Pick a compartment to see its moves, open a move to read what it means and find ideas to try, then print it as a poster for your wall, classroom or youth club.": "El Marco de Resiliencia es nuestro lenguaje común sobre la resiliencia, que entendemos como superar las adversidades y, a la vez, cambiar las condiciones que las crean. Ordena 42 Pasos Resilientes en cinco áreas: Lo básico, Pertenencia, Aprendizaje, Afrontamiento y El yo interior. Cada paso, grande o pequeño, es algo que, según la investigación, puede ayudar. Elige un área para ver sus pasos, abre un paso para leer qué significa y encontrar ideas para probar, y luego imprímelo como póster para tu pared, tu clase o tu club juvenil.",
    "Everything the movement makes is tagged with the Resilient Moves it supports, so from any move you can find the stories, packs, campaigns, events and communities of practice that put it to work. Each piece of work also says what level it acts at: beating the odds helps one person get past something hard, changing the odds changes things for everyone in the same situation, and supercharged goes further still, tackling the system that causes the problem in the first place.": "Todo lo que hace el movimiento está etiquetado con los Pasos Resilientes que apoya, así que desde cualquier paso puedes encontrar las historias, los paquetes de materiales, las campañas, los eventos y las comunidades de práctica que lo ponen en marcha. Cada trabajo indica además en qué nivel actúa: superar las adversidades ayuda a una persona a salir de algo difícil, cambiar las condiciones mejora las cosas para todas las personas que están en la misma situación, y el nivel «potenciado» (supercharged) va aún más allá y aborda el sistema que origina el problema.",
}
