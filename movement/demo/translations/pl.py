"""Polish: the demo's English strings and their translations (machine-made, for review).

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

from . import teacher_pack_pl

STRINGS = {
    # Site furniture
    "Resilience Revolution": "Resilience Revolution",
    "A movement of young people and the adults around them, beating the odds while changing them.": "Ruch młodych ludzi i dorosłych z ich otoczenia, którzy pokonują przeciwności i zarazem je zmieniają.",
    "Beating the odds whilst also changing the odds, together.": "Razem pokonujemy przeciwności i zmieniamy warunki, które je tworzą.",
    "We've moved! The co-production team's website has a new home.": "Przeprowadziliśmy się! Strona zespołu współtworzenia ma nowy adres.",
    "Find out more": "Dowiedz się więcej",
    # Blog author and category
    "The co-production team": "Zespół współtworzenia",
    "Practitioners and young people": "Specjaliści i młodzi ludzie",
    "Runs the communities of practice and writes up what each meeting learned.": "Prowadzi wspólnoty praktyków i spisuje, czego nauczyło nas każde spotkanie.",
    "Communities of practice": "Wspólnoty praktyków",
    "Write-ups of our meetings.": "Relacje z naszych spotkań.",
    # Campaign partners: names as the organisations write them
    "Fair Start Youth Union": "Fair Start Youth Union",
    "A union run by young people that helps them understand and stand up for their rights at work.": "Związek prowadzony przez młodych ludzi, który pomaga im poznać swoje prawa w pracy i o nie walczyć.",
    "Young Workers' Advice Network": "Young Workers' Advice Network",
    "Free, confidential advice on pay, contracts and first jobs for workers under 25.": "Bezpłatne, poufne porady dotyczące wynagrodzeń, umów i pierwszej pracy dla osób pracujących przed 25. rokiem życia.",
    # Home page
    "A social movement for resilience: beating the odds whilst also changing the odds.": "Ruch społeczny na rzecz odporności: pokonujemy przeciwności i zarazem zmieniamy warunki, które je tworzą.",
    "The home of the Resilience Revolution social movement.": "Strona ruchu społecznego Resilience Revolution.",
    "Beating the odds, and changing them": "Pokonywać przeciwności – i zmieniać ich źródła",
    "A movement of young people, families, schools and practitioners who build resilience together and change the systems that make life harder.": "Ruch młodych ludzi, rodzin, szkół i specjalistów, którzy razem budują odporność i zmieniają systemy utrudniające życie.",
    "What we stand for": "Co jest dla nas ważne",
    "Get involved": "Dołącz do nas",
    "Seven fundamentals guide everything we do": "Siedem zasad kieruje wszystkim, co robimy",
    "They shape how we work, who we work with and what we ask for.": "Wyznaczają to, jak pracujemy, z kim współpracujemy i o co zabiegamy.",
    # Fundamentals page
    "Our seven fundamentals": "Nasze siedem zasad",
    "The fundamentals": "Zasady",
    "The seven principles that guide all of the movement's work, collaborations and partnerships.": "Siedem zasad, którymi ruch kieruje się we wszystkich działaniach, we współpracy i w partnerstwach.",
    "Seven fundamentals sit under everything the Resilience Revolution does. They guide our work, who we collaborate with and the partnerships we build.": "U podstaw wszystkiego, co robi Resilience Revolution, leży siedem zasad. Kierują naszą pracą, wyborem tych, z którymi współpracujemy, i partnerstwami, które budujemy.",
    "Each fundamental links to the blog posts, campaigns, resources and events that put it into practice.": "Przy każdej zasadzie znajdziesz wpisy na blogu, kampanie, materiały i wydarzenia, które wcielają ją w życie.",
    "Co-production": "Współtworzenie",
    "Young people, parents, carers, teachers and professionals working side by side towards one goal, with every voice counting equally.": "Młodzi ludzie, rodzice, opiekunowie, nauczyciele i specjaliści pracują ramię w ramię nad wspólnym celem, a każdy głos liczy się tak samo.",
    "Co-production means nobody is just consulted at the end. Pupils can lead a school's work on safe spaces alongside its senior leaders; parents can adapt the Resilience Framework for families together with practitioners.": "Współtworzenie oznacza, że nikogo nie pyta się o zdanie dopiero na końcu. Uczniowie mogą razem z dyrekcją prowadzić prace szkoły nad bezpiecznymi przestrzeniami, a rodzice mogą wspólnie ze specjalistami dostosowywać Ramy Odporności do potrzeb rodzin.",
    "Everyone's experience is treated as expertise.": "Doświadczenie każdej osoby traktujemy jak wiedzę ekspercką.",
    "Whole system change": "Zmiana całego systemu",
    "Reshaping systems so they work with young people rather than against them.": "Przebudowujemy systemy tak, by działały razem z młodymi ludźmi, a nie przeciwko nim.",
    "The right support should arrive at the right time and in the right place. That takes strong relationships across education, health, social care, public services, communities and families, all working from shared principles.": "Właściwe wsparcie powinno docierać we właściwym czasie i we właściwe miejsce. Potrzeba do tego silnych relacji między edukacją, ochroną zdrowia, pomocą społeczną, służbami publicznymi, społecznościami i rodzinami, opartych na wspólnych zasadach.",
    "Social justice": "Sprawiedliwość społeczna",
    "Recognising how inequality shapes lives, and acting together to level the playing field.": "Dostrzegamy, jak nierówności kształtują ludzkie życie, i razem działamy na rzecz wyrównania szans.",
    "We bring an <i>inequalities imagination</i> to every piece of work: an understanding of how poverty and discrimination affect wellbeing. That is why our definition of resilience is about beating the odds <b>and</b> changing the odds.": "Do każdego działania wnosimy <i>wyobraźnię nierówności</i>: rozumienie, jak ubóstwo i dyskryminacja wpływają na dobrostan. Dlatego w naszej definicji odporność to pokonywanie przeciwności <b>i</b> zmienianie warunków, które je tworzą.",
    "Asset based": "Oparcie na zasobach",
    "Starting from the strengths people, families and organisations already have.": "Zaczynamy od mocnych stron, które ludzie, rodziny i organizacje już mają.",
    "Instead of asking only what is going wrong, we nurture what is going well. The Resilience Framework sets out 42 Resilient Moves, evidence-based steps that people and communities can take, and helps us notice what already works.": "Zamiast pytać tylko o to, co idzie źle, pielęgnujemy to, co idzie dobrze. Ramy Odporności opisują 42 Kroki Odporności, czyli oparte na badaniach działania, które mogą podjąć ludzie i społeczności, i pomagają dostrzec to, co już działa.",
    "One approach, one language": "Jedno podejście, jeden język",
    "A shared approach to resilience, so professionals, young people and families understand each other as equals.": "Wspólne podejście do odporności, dzięki któremu specjaliści, młodzi ludzie i rodziny rozumieją się jak równy z równym.",
    "When services share one approach they can share one language. Conversations become easier, and nobody has to translate jargon to get help.": "Kiedy służby mają wspólne podejście, mogą mówić wspólnym językiem. Rozmowy stają się łatwiejsze i nikt nie musi rozszyfrowywać żargonu, żeby dostać pomoc.",
    "Research and evaluation": "Badania i ewaluacja",
    "Testing and learning as we go, built on a long-standing research base.": "Sprawdzamy i uczymy się na bieżąco, opierając się na wieloletnim dorobku badawczym.",
    "The movement draws on research by the charity and a university research centre for resilience and social justice. New ways of working are tried, measured and improved in a test-and-learn culture.": "Ruch korzysta z badań prowadzonych przez organizację charytatywną i uniwersyteckie centrum badań nad odpornością i sprawiedliwością społeczną. Nowe sposoby pracy wypróbowujemy, mierzymy i ulepszamy w kulturze sprawdzania i uczenia się.",
    "Brave and innovative": "Odwaga i innowacyjność",
    "Trying new things, grounded in evidence, with young people and partners behind us.": "Próbujemy nowych rzeczy w oparciu o dowody, mając za sobą młodych ludzi i partnerów.",
    "Doing the same things and hoping for different results was never an option. Our work should be evidence-based and also creative and fun, and we share examples of services that have been brave enough to work differently.": "Robienie wciąż tego samego w nadziei na inne wyniki nigdy nie wchodziło w grę. Nasza praca ma opierać się na dowodach, a przy tym być twórcza i sprawiać radość. Dzielimy się też przykładami służb, które odważyły się działać inaczej.",
    # Blog post
    "What the Blackpool schools community of practice learned": "Czego nauczyła się wspólnota praktyków ze szkół w Blackpool",
    "Schools across the town met to share how a resilience approach is changing classrooms, playgrounds and staff rooms.": "Szkoły z całego miasta spotkały się, by opowiedzieć, jak podejście oparte na odporności zmienia klasy, boiska i pokoje nauczycielskie.",
    "From its first meeting the group agreed a shared interest: helping schools raise the resilience of every child and family, on their own and together with other services.": "Już na pierwszym spotkaniu grupa określiła wspólny cel: pomagać szkołom wzmacniać odporność każdego dziecka i każdej rodziny, samodzielnie i razem z innymi służbami.",
    "One primary school's story": "Historia jednej szkoły podstawowej",
    "Staff use a pyramid of need to spot pupils who would otherwise be missed.": "Pracownicy korzystają z piramidy potrzeb, by dostrzec uczniów, których inaczej można by przeoczyć.",
    "The ten-week Bounce Forward programme brought the language of Resilient Moves into lessons.": "Dziesięciotygodniowy program Bounce Forward wprowadził na lekcje język Kroków Odporności.",
    "A pupil resilience committee now shapes the school's action plans, and won funding for a quiet room.": "Uczniowski komitet odporności współtworzy teraz plany działań szkoły i zdobył fundusze na pokój wyciszenia.",
    "Pupils surveyed the playground, visited other schools as researchers and helped design a new outdoor space.": "Uczniowie zbadali szkolne boisko, odwiedzili inne szkoły w roli badaczy i pomogli zaprojektować nową przestrzeń na świeżym powietrzu.",
    "Beating the odds or changing the odds?": "Pokonywać przeciwności czy zmieniać warunki?",
    "A pupil keeps arriving late because the bus is too dear": "Uczeń ciągle się spóźnia, bo autobus jest za drogi",
    "Give that pupil the bus fare.": "Dać temu uczniowi pieniądze na bilet.",
    "Ask why transport costs too much for families across the town and campaign for cheaper fares.": "Zapytać, dlaczego dojazdy są za drogie dla rodzin w całym mieście, i walczyć o tańsze bilety.",
    "A child arrives at school without breakfast": "Dziecko przychodzi do szkoły bez śniadania",
    "Keep some food in your desk for them.": "Trzymać dla niego coś do jedzenia w biurku.",
    "Start a breakfast club open to every child.": "Założyć klub śniadaniowy otwarty dla każdego dziecka.",
    "Work on the reasons local families cannot afford breakfast in the first place.": "Zająć się przyczynami, dla których miejscowych rodzin w ogóle nie stać na śniadanie.",
    'The next meeting is open to anyone who shares the group\'s interest. <a id="a1">Email us</a> to come along.': 'Następne spotkanie jest otwarte dla każdego, kto podziela zainteresowania grupy. <a id="a1">Napisz do nas</a>, jeśli chcesz przyjść.',
    # Campaign
    "Same Pay for the Same Day": "Równa płaca za ten sam dzień pracy",
    "Young people can be paid less than the colleague beside them for the same work, just because of their age. We want that to change.": "Młodzi ludzie mogą zarabiać mniej niż osoba, która obok nich wykonuje tę samą pracę, tylko z powodu wieku. Chcemy to zmienić.",
    "We ask employers to pay young people the same rate as older colleagues for the same work, and we ask decision-makers to end minimum wage rates that depend on age.": "Prosimy pracodawców, by za tę samą pracę płacili młodym ludziom tyle samo co starszym kolegom, a decydentów, by znieśli stawki płacy minimalnej zależne od wieku.",
    "A young person can work the same shift, do the same tasks and carry the same responsibility as an older colleague, and still take home less, simply because they are younger. Young people in the Resilience Revolution started this campaign to make that difference visible.": "Młoda osoba może pracować na tej samej zmianie, wykonywać te same zadania i ponosić tę samą odpowiedzialność co starszy kolega, a mimo to zarabiać mniej tylko dlatego, że jest młodsza. Młodzi ludzie z Resilience Revolution rozpoczęli kampanię „Równa płaca za ten sam dzień pracy” (Same Pay for the Same Day), by tę różnicę uwidocznić.",
    "Share your story": "Opowiedz swoją historię",
    "Add your voice": "Dodaj swój głos",
    "Been paid less than an older colleague for the same job? Tell us what happened: every story helps show why this matters.": "Ktoś zapłacił Ci mniej niż starszemu koledze za tę samą pracę? Opowiedz nam, co się stało: każda historia pomaga pokazać, dlaczego to ważne.",
    "The facts in short": "Fakty w skrócie",
    "18 vs 21": "18 a 21",
    "The legal minimum for an 18-year-old is lower than for a 21-year-old, even on the same shift.": "Ustawowe minimum dla 18-latka jest niższe niż dla 21-latka, nawet na tej samej zmianie.",
    "Illustrative example: check current rates on GOV.UK": "Przykład poglądowy: aktualne stawki sprawdzisz na GOV.UK",
    "16–17": "16–17",
    "Workers aged 16 and 17 have a lower legal minimum again.": "Pracownicy w wieku 16 i 17 lat mają jeszcze niższe ustawowe minimum.",
    "Age, not skill": "Wiek, nie umiejętności",
    "Which minimum applies depends on a worker's age, not on the job they do or how well they do it.": "To, które minimum obowiązuje, zależy od wieku pracownika, a nie od wykonywanej pracy ani od tego, jak dobrze ją wykonuje.",
    "Why it matters": "Dlaczego to ważne",
    "Young people told us that earning less for the same day's work feels like being told their time is worth less. Many are saving for college, helping out at home or living on their own, and their bills come with no discount for being young.": "Młodzi ludzie mówią nam, że niższa płaca za ten sam dzień pracy brzmi jak komunikat, że ich czas jest mniej wart. Wielu z nich oszczędza na naukę, pomaga w domu albo mieszka na swoim, a ich rachunki nie mają zniżki dla młodych.",
    "A 17-year-old earns less than the 22-year-old on the same till": "17-latek zarabia mniej niż 22-latek przy tej samej kasie",
    "Help that young person find extra shifts or a better-paid job.": "Pomóc tej młodej osobie znaleźć dodatkowe zmiany albo lepiej płatną pracę.",
    "Ask local employers to pay everyone the same rate for the same work.": "Poprosić lokalnych pracodawców, by za tę samą pracę płacili wszystkim tyle samo.",
    "Work with employers, unions and young people to end age-based minimum rates altogether.": "Razem z pracodawcami, związkami zawodowymi i młodymi ludźmi doprowadzić do całkowitego zniesienia stawek minimalnych zależnych od wieku.",
    "How the campaign works": "Jak działa kampania",
    "Young people collect stories from workplaces across the town.": "Młodzi ludzie zbierają historie z miejsc pracy w całym mieście.",
    "We share what we learn with employers and invite them to pledge equal pay for equal work.": "Dzielimy się tym, czego się dowiadujemy, z pracodawcami i zachęcamy ich, by zobowiązali się do równej płacy za równą pracę.",
    "With our partners, we take the stories to the people who set the rules.": "Razem z partnerami zanosimy te historie do osób, które ustalają przepisy.",
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
