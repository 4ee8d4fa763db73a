"""Polish: the site furniture's strings (machine-made, for review), and the conventions
that every app's Polish demo strings follow.

Keys are the English text exactly as wagtail-localize extracts it: rich text
loses its outer tags, and a link keeps only its number (<a id="a1">).
Names stay in English: Resilience Revolution, Bounce Forward, HeadStart and
the partner organisations. The campaign's name is translated, with the English
name in brackets where the introduction first gives it.
Terms used throughout: resilience = odporność, Resilient Moves = Kroki
Odporności, Resilience Framework = Ramy Odporności, community of practice =
wspólnota praktyków, beating/changing the odds = pokonywać przeciwności /
zmieniać warunki.
"""

STRINGS = {
    # Site furniture
    "Resilience Revolution": "Resilience Revolution",
    "A movement of young people and the adults around them, beating the odds while changing them.": "Ruch młodych ludzi i dorosłych z ich otoczenia, którzy pokonują przeciwności i zarazem je zmieniają.",
    "Beating the odds whilst also changing the odds, together.": "Razem pokonujemy przeciwności i zmieniamy warunki, które je tworzą.",
    "We've moved! The co-production team's website has a new home.": "Przeprowadziliśmy się! Strona zespołu współtworzenia ma nowy adres.",
    "Find out more": "Dowiedz się więcej",
}
