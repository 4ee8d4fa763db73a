"""Arabic strings of the resources' demo: the Bounce Forward teacher pack.

Machine-made, for review. Conventions and terms: movement/demo/translations/ar.py.
"""

STRINGS = {
    # Resource
    "Bounce Forward teacher pack": "حقيبة المعلّم لبرنامج Bounce Forward",
    "A ten-week programme that helps a whole school community learn about resilience and try out Resilient Moves together.": "برنامج مدته عشرة أسابيع يساعد المجتمع المدرسي بأكمله على التعرّف إلى المرونة وتجربة خطوات المرونة معًا.",
    "Everything a class teacher needs to run Bounce Forward, a ten-week programme written together by a mental health charity, the HeadStart programme in Blackpool and the movement's own charity.": "كل ما يحتاجه معلم الصف لتنفيذ برنامج Bounce Forward، وهو برنامج مدته عشرة أسابيع أعدّته معًا مؤسسة خيرية تُعنى بالصحة النفسية، وبرنامج HeadStart في بلاكبول، والمؤسسة الخيرية التابعة للحركة نفسها.",
    "An introduction to the Resilience Framework and its Resilient Moves, in plain language for pupils.": "مقدمة إلى إطار المرونة وخطوات المرونة، بلغة بسيطة تناسب التلاميذ.",
    "Ten weekly session plans, each with a warm-up, a main activity and a short reflection.": "عشر خطط لجلسات أسبوعية، تتضمن كل منها نشاطًا تمهيديًا ونشاطًا رئيسيًا وتأملًا قصيرًا.",
    "Take-home activities so pupils can involve friends and family.": "أنشطة منزلية تتيح للتلاميذ إشراك أصدقائهم وعائلاتهم.",
    "A letter for parents and carers explaining the programme.": "رسالة إلى الآباء والأمهات ومقدمي الرعاية تشرح البرنامج.",
    "Run one session a week for ten weeks, ideally at the same time each week. Sessions last about 45 minutes and suit upper primary and lower secondary classes.": "نفّذ جلسة واحدة أسبوعيًا لمدة عشرة أسابيع، ويُفضَّل أن تكون في الموعد نفسه كل أسبوع. تستغرق كل جلسة نحو 45 دقيقة، وتناسب الصفوف العليا من المرحلة الابتدائية والصفوف الأولى من المرحلة الثانوية.",
    "Read the introduction first, then adapt the examples to your pupils' lives: the framework works best when the Resilient Moves are ones pupils can really make in your town.": "اقرأ المقدمة أولًا، ثم كيّف الأمثلة مع حياة تلاميذك: فالإطار ينجح أكثر حين تكون خطوات المرونة خطواتٍ يستطيع التلاميذ اتخاذها فعلًا في بلدتك.",
    "The language of the framework spread from the classroom to the playground and then to the school gate.": "انتقلت لغة الإطار من الصف إلى الملعب، ثم إلى بوابة المدرسة.",
    "A primary school resilience champion": "سفير للمرونة في مدرسة ابتدائية",
    "The full pack: introduction, ten session plans and take-home activities.": "الحقيبة كاملة: المقدمة وعشر خطط للجلسات وأنشطة منزلية.",
    "Send home before the first session.": "أرسلها إلى المنازل قبل الجلسة الأولى.",
}
