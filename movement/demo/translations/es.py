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
    "Find out more": "Más información",
}
