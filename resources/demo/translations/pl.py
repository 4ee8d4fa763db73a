"""Polish strings of the resources' demo: the Bounce Forward teacher pack.

Machine-made, for review. Conventions and terms: movement/demo/translations/pl.py.
"""

from . import teacher_pack_pl

STRINGS = {
    # Resource
    "Bounce Forward teacher pack": "Bounce Forward: pakiet dla nauczycieli",
    "A ten-week programme that helps a whole school community learn about resilience and try out Resilient Moves together.": "Dziesięciotygodniowy program, dzięki któremu cała społeczność szkolna poznaje, czym jest odporność, i razem wypróbowuje Kroki Odporności.",
    "Everything a class teacher needs to run Bounce Forward, a ten-week programme written together by a mental health charity, the HeadStart programme in Blackpool and the movement's own charity.": "Wszystko, czego nauczyciel potrzebuje, by poprowadzić Bounce Forward, dziesięciotygodniowy program napisany wspólnie przez organizację charytatywną zajmującą się zdrowiem psychicznym, program HeadStart w Blackpool i organizację charytatywną samego ruchu.",
    "An introduction to the Resilience Framework and its Resilient Moves, in plain language for pupils.": "Wprowadzenie do Ram Odporności i Kroków Odporności, napisane prostym językiem dla uczniów.",
    "Ten weekly session plans, each with a warm-up, a main activity and a short reflection.": "Dziesięć scenariuszy cotygodniowych zajęć, każdy z rozgrzewką, głównym ćwiczeniem i krótką refleksją.",
    "Take-home activities so pupils can involve friends and family.": "Zadania do domu, dzięki którym uczniowie mogą zaangażować przyjaciół i rodzinę.",
    "A letter for parents and carers explaining the programme.": "List do rodziców i opiekunów wyjaśniający, na czym polega program.",
    "Run one session a week for ten weeks, ideally at the same time each week. Sessions last about 45 minutes and suit upper primary and lower secondary classes.": "Prowadź jedne zajęcia w tygodniu przez dziesięć tygodni, najlepiej zawsze o tej samej porze. Zajęcia trwają około 45 minut i sprawdzają się w starszych klasach szkoły podstawowej oraz w pierwszych klasach szkoły średniej.",
    "Read the introduction first, then adapt the examples to your pupils' lives: the framework works best when the Resilient Moves are ones pupils can really make in your town.": "Najpierw przeczytaj wprowadzenie, a potem dopasuj przykłady do życia swoich uczniów: Ramy działają najlepiej, gdy Kroki Odporności są takie, które uczniowie naprawdę mogą zrobić w waszym mieście.",
    "The language of the framework spread from the classroom to the playground and then to the school gate.": "Język Ram Odporności przeszedł z klasy na boisko, a potem aż pod szkolną bramę.",
    "A primary school resilience champion": "Ambasador odporności w szkole podstawowej",
    "The full pack: introduction, ten session plans and take-home activities.": "Cały pakiet: wprowadzenie, dziesięć scenariuszy zajęć i zadania do domu.",
    "Send home before the first session.": "Wyślij do domów przed pierwszymi zajęciami.",
}


# The Polish page offers the Polish teacher pack in place of the English one.
DOCUMENTS = {"Bounce Forward teacher pack": teacher_pack_pl.ensure_document}
