"""Polish strings of the campaigns' demo: a campaign and its partners.

Machine-made, for review. Conventions and terms: movement/demo/translations/pl.py.
"""

STRINGS = {
    # Campaign partners: names as the organisations write them
    "Fair Start Youth Union": "Fair Start Youth Union",
    "A union run by young people that helps them understand and stand up for their rights at work.": "Związek prowadzony przez młodych ludzi, który pomaga im poznać swoje prawa w pracy i o nie walczyć.",
    "Young Workers' Advice Network": "Young Workers' Advice Network",
    "Free, confidential advice on pay, contracts and first jobs for workers under 25.": "Bezpłatne, poufne porady dotyczące wynagrodzeń, umów i pierwszej pracy dla osób pracujących przed 25. rokiem życia.",
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
    # Pledges
    "I support Same Pay for the Same Day": "Popieram kampanię „Równa płaca za ten sam dzień pracy”",
    "Add your name if you think a day's work deserves a day's pay, whatever the age of the person doing it.": "Dodaj swoje imię, jeśli uważasz, że za dzień pracy należy się pełna dniówka, bez względu na wiek osoby, która ją wykonuje.",
    "I agree that the Resilience Revolution keeps what I have typed here to count my pledge. Only our team sees my name; it is wiped after a year, and my pledge stays in the count.": "Zgadzam się, by Resilience Revolution przechowywało to, co tu wpisuję, aby policzyć moje zobowiązanie. Moje imię widzi tylko nasz zespół; po roku zostanie usunięte, a moje zobowiązanie pozostanie w liczniku.",
    "We pledge to pay young workers the same": "Zobowiązujemy się płacić młodym pracownikom tyle samo",
    "For employers: pledge to pay the same hourly rate for the same job, whatever a worker's age. Once we have checked, your organisation's name is listed below.": "Dla pracodawców: zobowiąż się płacić tę samą stawkę godzinową za tę samą pracę, bez względu na wiek pracownika. Po sprawdzeniu nazwa Twojej organizacji pojawi się poniżej.",
    "I can speak for this organisation, and I agree that its name may be shown on this page once checked. Only our team sees my own name; it is wiped after a year.": "Mogę wypowiadać się w imieniu tej organizacji i zgadzam się, by po sprawdzeniu jej nazwa była widoczna na tej stronie. Moje imię widzi tylko nasz zespół; po roku zostanie usunięte.",
}
