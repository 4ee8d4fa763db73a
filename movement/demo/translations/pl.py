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
    "Read about our new home": "Przeczytaj o naszym nowym adresie",
    # The newsletter's topics
    "Campaign news": "Wiadomości o kampaniach",
    "What our campaigns have done, and what you can do next.": "Co osiągnęły nasze kampanie i co możesz zrobić dalej.",
    "Events": "Wydarzenia",
    "Training, talks and meet-ups, near you and online.": "Szkolenia, rozmowy i spotkania, w twojej okolicy i online.",
    "Resources for schools": "Materiały dla szkół",
    "New packs and guides for teachers and practitioners.": "Nowe pakiety i poradniki dla nauczycieli i praktyków.",
    # The Resilience Framework page, its version and compartments
    "For young people": "Dla młodych ludzi",
    "Young people aged 13 to 19 who want to understand and build their own resilience.": "Młodzi ludzie w wieku od 13 do 19 lat, którzy chcą zrozumieć i budować własną odporność.",
    "The Resilience Framework written for you: 42 Resilient Moves, in plain words, that you can try at home, at school and with your friends. Pick one that fits your life right now and give it a go.": "Ramy Odporności napisane dla ciebie: 42 Kroki Odporności opisane prostymi słowami, które możesz wypróbować w domu, w szkole i z przyjaciółmi. Wybierz jeden, który pasuje do twojego życia w tej chwili, i spróbuj.",
    "Basics": "Podstawy",
    "The things everyone needs to get through the day: somewhere safe to live, enough food, sleep and money, ways to get around, and time to have fun.": "To, czego każdy potrzebuje, żeby przejść przez dzień: bezpieczne miejsce do życia, dość jedzenia, snu i pieniędzy, możliwość dojazdu tam, gdzie trzeba, i czas na zabawę.",
    "Belonging": "Przynależność",
    "Having people and places that make you feel you fit in, and keeping those good relationships going, even when life gets busy or hard.": "Ludzie i miejsca, przy których czujesz, że pasujesz, oraz dbanie o te dobre relacje, nawet kiedy życie jest zabiegane albo trudne.",
    "Learning": "Uczenie się",
    "Getting the most out of school, college and life outside them, by finding help, making plans and noticing how far you've come.": "Jak najwięcej wyciągnąć ze szkoły, dalszej nauki i życia poza nimi: szukać pomocy, planować i dostrzegać, jak wiele już udało ci się osiągnąć.",
    "Coping": "Radzenie sobie",
    "Ways to get through the tough days: staying calm, working through problems, asking for help and still finding reasons to laugh.": "Sposoby na przetrwanie trudnych dni: zachować spokój, rozwiązywać problemy krok po kroku, prosić o pomoc i wciąż znajdować powody do śmiechu.",
    "Core self": "Poczucie własnego ja",
    "Getting to know who you are, what you care about and what you're good at, and being kind to yourself along the way.": "Poznawanie siebie: kim jesteś, na czym ci zależy i co ci dobrze wychodzi, a po drodze życzliwość dla siebie.",
    "The Resilience Framework": "Ramy Odporności",
    "42 Resilient Moves": "42 Kroki Odporności",
    "Five compartments and 42 Resilient Moves: steps, big and small, that you can take to build your resilience.": "Pięć obszarów i 42 Kroki Odporności: duże i małe kroki, które możesz zrobić, żeby budować swoją odporność.",
    "The Resilience Framework is our shared language for resilience, which we see as beating the odds whilst also changing the odds. It sorts 42 Resilient Moves into five compartments: Basics, Belonging, Learning, Coping and Core self. Each move is a step, big or small, that research shows can help. Pick a compartment to see its moves, open a move to read what it means and find ideas to try, then print it as a poster for your wall, classroom or youth club.": "Ramy Odporności to nasz wspólny język mówienia o odporności, którą rozumiemy jako pokonywanie przeciwności i zarazem zmienianie warunków, które je tworzą. Ramy dzielą 42 Kroki Odporności na pięć obszarów: Podstawy, Przynależność, Uczenie się, Radzenie sobie i Poczucie własnego ja. Każdy krok, duży czy mały, to działanie, które według badań może pomóc. Wybierz obszar, żeby zobaczyć jego kroki, otwórz krok, żeby przeczytać, co oznacza, i znaleźć pomysły do wypróbowania, a potem wydrukuj go jako plakat na ścianę, do klasy albo do klubu młodzieżowego.",
    "Everything the movement makes is tagged with the Resilient Moves it supports, so from any move you can find the stories, packs, campaigns, events and communities of practice that put it to work. Each piece of work also says what level it acts at: beating the odds helps one person get past something hard, changing the odds changes things for everyone in the same situation, and supercharged goes further still, tackling the system that causes the problem in the first place.": "Wszystko, co tworzy ruch, jest oznaczone Krokami Odporności, które wspiera, więc przy każdym kroku znajdziesz historie, pakiety materiałów, kampanie, wydarzenia i wspólnoty praktyków, które wcielają go w życie. Przy każdym działaniu podajemy też, na jakim poziomie ono oddziałuje: pokonywanie przeciwności pomaga jednej osobie poradzić sobie z czymś trudnym, zmienianie warunków zmienia sytuację wszystkich, którzy są w tym samym położeniu, a poziom „z doładowaniem” (supercharged) idzie jeszcze dalej i zajmuje się systemem, który w ogóle powoduje problem.",
}
