"""Arabic strings of the campaigns' demo: a campaign and its partners.

Machine-made, for review. Conventions and terms: movement/demo/translations/ar.py.
"""

STRINGS = {
    # Campaign partners: names as the organisations write them
    "Fair Start Youth Union": "Fair Start Youth Union",
    "A union run by young people that helps them understand and stand up for their rights at work.": "نقابة يديرها الشباب، تساعدهم على فهم حقوقهم في العمل والدفاع عنها.",
    "Young Workers' Advice Network": "Young Workers' Advice Network",
    "Free, confidential advice on pay, contracts and first jobs for workers under 25.": "استشارات مجانية وسرية بشأن الأجور والعقود والوظائف الأولى للعاملين دون سن الخامسة والعشرين.",
    # Campaign
    "Same Pay for the Same Day": "الأجر نفسه عن اليوم نفسه",
    "Young people can be paid less than the colleague beside them for the same work, just because of their age. We want that to change.": "قد يتقاضى الشباب أجرًا أقل من الزميل الذي يعمل بجانبهم مقابل العمل نفسه، لمجرد أعمارهم. ونريد أن يتغير ذلك.",
    "We ask employers to pay young people the same rate as older colleagues for the same work, and we ask decision-makers to end minimum wage rates that depend on age.": "نطالب أصحاب العمل بأن يدفعوا للشباب الأجر نفسه الذي يدفعونه لزملائهم الأكبر سنًا مقابل العمل نفسه، ونطالب صنّاع القرار بإلغاء معدلات الحد الأدنى للأجور المرتبطة بالعمر.",
    "A young person can work the same shift, do the same tasks and carry the same responsibility as an older colleague, and still take home less, simply because they are younger. Young people in the Resilience Revolution started this campaign to make that difference visible.": "قد يعمل الشاب المناوبة نفسها، ويؤدي المهام نفسها، ويتحمل المسؤولية نفسها التي يتحملها زميل أكبر سنًا، ومع ذلك يتقاضى أجرًا أقل لمجرد أنه أصغر سنًا. أطلق الشباب في حركة Resilience Revolution حملة «الأجر نفسه عن اليوم نفسه» (Same Pay for the Same Day) لإظهار هذا الفرق للعيان.",
    "Share your story": "شارك قصتك",
    "Add your voice": "أضف صوتك",
    "Been paid less than an older colleague for the same job? Tell us what happened: every story helps show why this matters.": "هل تقاضيت أجرًا أقل من زميل أكبر سنًا مقابل العمل نفسه؟ أخبرنا بما حدث: فكل قصة تساعد على إظهار أهمية هذه القضية.",
    "The facts in short": "الحقائق باختصار",
    "18 vs 21": "18 مقابل 21",
    "The legal minimum for an 18-year-old is lower than for a 21-year-old, even on the same shift.": "الحد الأدنى القانوني للأجر لمن هم في الثامنة عشرة أقل منه لمن هم في الحادية والعشرين، حتى في المناوبة نفسها.",
    "Illustrative example: check current rates on GOV.UK": "مثال توضيحي: تحقّق من المعدلات الحالية على موقع GOV.UK",
    "16–17": "16–17",
    "Workers aged 16 and 17 have a lower legal minimum again.": "ويكون الحد الأدنى القانوني أقل مرة أخرى للعاملين في سن 16 و17 عامًا.",
    "Age, not skill": "العمر لا المهارة",
    "Which minimum applies depends on a worker's age, not on the job they do or how well they do it.": "يعتمد الحد الأدنى المطبّق على عمر العامل، لا على العمل الذي يؤديه ولا على مدى إتقانه له.",
    "Why it matters": "لماذا يهمّ ذلك",
    "Young people told us that earning less for the same day's work feels like being told their time is worth less. Many are saving for college, helping out at home or living on their own, and their bills come with no discount for being young.": "أخبرنا الشباب أن تقاضي أجر أقل عن يوم العمل نفسه يُشعرهم بأن وقتهم أقل قيمة. كثيرون منهم يدّخرون للدراسة، أو يساعدون أسرهم، أو يعيشون مستقلين، وفواتيرهم لا تأتي بأي خصم لأنهم صغار السن.",
    "A 17-year-old earns less than the 22-year-old on the same till": "شاب في السابعة عشرة يكسب أقل من زميله ذي الاثنين والعشرين عامًا على صندوق الدفع نفسه",
    "Help that young person find extra shifts or a better-paid job.": "مساعدة ذلك الشاب على إيجاد مناوبات إضافية أو عمل بأجر أفضل.",
    "Ask local employers to pay everyone the same rate for the same work.": "مطالبة أصحاب العمل المحليين بدفع الأجر نفسه للجميع مقابل العمل نفسه.",
    "Work with employers, unions and young people to end age-based minimum rates altogether.": "العمل مع أصحاب العمل والنقابات والشباب لإلغاء معدلات الحد الأدنى المرتبطة بالعمر نهائيًا.",
    "How the campaign works": "كيف تعمل الحملة",
    "Young people collect stories from workplaces across the town.": "يجمع الشباب قصصًا من أماكن العمل في أنحاء البلدة.",
    "We share what we learn with employers and invite them to pledge equal pay for equal work.": "نشارك ما نتعلمه مع أصحاب العمل وندعوهم إلى التعهد بأجر متساوٍ عن العمل المتساوي.",
    "With our partners, we take the stories to the people who set the rules.": "ونحمل هذه القصص مع شركائنا إلى من يضعون القواعد.",
    # Pledges
    "I support Same Pay for the Same Day": "أؤيد حملة «الأجر نفسه عن اليوم نفسه»",
    "Add your name if you think a day's work deserves a day's pay, whatever the age of the person doing it.": "أضف اسمك إذا كنت ترى أن يوم العمل يستحق أجر يوم كامل، مهما كان عمر من يقوم به.",
    "I agree that the Resilience Revolution keeps what I have typed here to count my pledge. Only our team sees my name; it is wiped after a year, and my pledge stays in the count.": "أوافق على أن تحتفظ Resilience Revolution بما كتبته هنا لاحتساب تعهدي. لا يرى اسمي إلا فريقنا؛ ويُمحى بعد سنة، ويبقى تعهدي ضمن العدد.",
    "We pledge to pay young workers the same": "نتعهد بدفع الأجر نفسه للعاملين الشباب",
    "For employers: pledge to pay the same hourly rate for the same job, whatever a worker's age. Once we have checked, your organisation's name is listed below.": "لأصحاب العمل: تعهّدوا بدفع أجر الساعة نفسه عن العمل نفسه، مهما كان عمر العامل. بعد أن نتحقق، يظهر اسم مؤسستكم أدناه.",
    "I can speak for this organisation, and I agree that its name may be shown on this page once checked. Only our team sees my own name; it is wiped after a year.": "يحق لي التحدث باسم هذه المؤسسة، وأوافق على عرض اسمها في هذه الصفحة بعد التحقق. لا يرى اسمي إلا فريقنا؛ ويُمحى بعد سنة.",
}
