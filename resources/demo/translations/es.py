"""Spanish strings of the resources' demo: the Bounce Forward teacher pack.

Machine-made, for review. Conventions and terms: movement/demo/translations/es.py.
"""

STRINGS = {
    # Resource
    "Bounce Forward teacher pack": "Bounce Forward: paquete para docentes",
    "A ten-week programme that helps a whole school community learn about resilience and try out Resilient Moves together.": "Un programa de diez semanas que ayuda a toda la comunidad escolar a aprender sobre la resiliencia y a probar juntos los Pasos Resilientes.",
    "Everything a class teacher needs to run Bounce Forward, a ten-week programme written together by a mental health charity, the HeadStart programme in Blackpool and the movement's own charity.": "Todo lo que un docente necesita para impartir Bounce Forward, un programa de diez semanas escrito conjuntamente por una organización benéfica de salud mental, el programa HeadStart de Blackpool y la propia organización benéfica del movimiento.",
    "An introduction to the Resilience Framework and its Resilient Moves, in plain language for pupils.": "Una introducción al Marco de Resiliencia y sus Pasos Resilientes, en un lenguaje sencillo para el alumnado.",
    "Ten weekly session plans, each with a warm-up, a main activity and a short reflection.": "Diez planes de sesión semanales, cada uno con un calentamiento, una actividad principal y una breve reflexión.",
    "Take-home activities so pupils can involve friends and family.": "Actividades para casa, para que el alumnado pueda implicar a sus amigos y a su familia.",
    "A letter for parents and carers explaining the programme.": "Una carta para madres, padres y cuidadores que explica el programa.",
    "Run one session a week for ten weeks, ideally at the same time each week. Sessions last about 45 minutes and suit upper primary and lower secondary classes.": "Imparte una sesión a la semana durante diez semanas, a ser posible siempre a la misma hora. Las sesiones duran unos 45 minutos y son adecuadas para los últimos cursos de primaria y los primeros de secundaria.",
    "Read the introduction first, then adapt the examples to your pupils' lives: the framework works best when the Resilient Moves are ones pupils can really make in your town.": "Lee primero la introducción y después adapta los ejemplos a la vida de tu alumnado: el marco funciona mejor cuando los Pasos Resilientes son pasos que el alumnado puede dar de verdad en tu ciudad.",
    "The language of the framework spread from the classroom to the playground and then to the school gate.": "El lenguaje del marco pasó del aula al patio y después hasta la puerta de la escuela.",
    "A primary school resilience champion": "Referente de resiliencia de una escuela primaria",
    "The full pack: introduction, ten session plans and take-home activities.": "El paquete completo: introducción, diez planes de sesión y actividades para casa.",
    "Send home before the first session.": "Envíala a casa antes de la primera sesión.",
}
