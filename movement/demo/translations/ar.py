"""Arabic (Modern Standard): the site furniture's strings, and the conventions that
every app's Arabic demo strings follow.

Machine-made, for review by a fluent speaker. Keys are the English text exactly
as wagtail-localize extracts it (see pl.py).
Names stay in Latin script: Resilience Revolution, Bounce Forward, HeadStart
and the partner organisations; the town of Blackpool is written بلاكبول. The
campaign's name is translated, with the English name in brackets where the
introduction first gives it. Numbers use Western digits.
Terms used throughout: resilience = المرونة, Resilient Moves = خطوات المرونة,
Resilience Framework = إطار المرونة, community of practice = مجتمع الممارسة,
beating/changing the odds = التغلب على الصعاب / تغيير الظروف.
"""

STRINGS = {
    # Site furniture
    "Resilience Revolution": "Resilience Revolution",
    "A movement of young people and the adults around them, beating the odds while changing them.": "حركة تجمع الشباب والبالغين من حولهم، يتغلبون على الصعاب ويغيّرون ظروفها في آن معًا.",
    "Beating the odds whilst also changing the odds, together.": "معًا نتغلب على الصعاب ونغيّر في الوقت نفسه الظروف التي تصنعها.",
    "We've moved! The co-production team's website has a new home.": "لقد انتقلنا! أصبح لموقع فريق الإنتاج المشترك عنوان جديد.",
    "Read about our new home": "اقرأ عن موقعنا الجديد",
    # The newsletter's topics
    "Campaign news": "أخبار الحملات",
    "What our campaigns have done, and what you can do next.": "ما حققته حملاتنا وما يمكنك فعله بعد ذلك.",
    "Events": "الفعاليات",
    "Training, talks and meet-ups, near you and online.": "تدريبات وندوات ولقاءات، بالقرب منك وعبر الإنترنت.",
    "Resources for schools": "موارد للمدارس",
    "New packs and guides for teachers and practitioners.": "حزم وأدلة جديدة للمعلمين والممارسين.",
    # The Resilience Framework page, its version and compartments
    "For young people": "للشباب",
    "Young people aged 13 to 19 who want to understand and build their own resilience.": "الشباب الذين تتراوح أعمارهم بين 13 و19 عامًا ويرغبون في فهم مرونتهم وبنائها.",
    "The Resilience Framework written for you: 42 Resilient Moves, in plain words, that you can try at home, at school and with your friends. Pick one that fits your life right now and give it a go.": "إطار المرونة مكتوبًا من أجلك: 42 خطوة من خطوات المرونة بكلمات بسيطة، يمكنك تجربتها في البيت وفي المدرسة ومع أصدقائك. اختر خطوة تناسب حياتك الآن وجرّبها.",
    "Basics": "الأساسيات",
    "The things everyone needs to get through the day: somewhere safe to live, enough food, sleep and money, ways to get around, and time to have fun.": "ما يحتاجه الجميع لاجتياز يومهم: مكان آمن للعيش، وما يكفي من الطعام والنوم والمال، ووسائل للتنقل، ووقت للمرح.",
    "Belonging": "الانتماء",
    "Having people and places that make you feel you fit in, and keeping those good relationships going, even when life gets busy or hard.": "أن يكون لديك أشخاص وأماكن تشعر معهم بأنك في مكانك، وأن تحافظ على هذه العلاقات الجيدة حتى حين تزدحم الحياة أو تصعب.",
    "Learning": "التعلّم",
    "Getting the most out of school, college and life outside them, by finding help, making plans and noticing how far you've come.": "أن تستفيد إلى أقصى حد من المدرسة والكلية والحياة خارجهما، بأن تطلب المساعدة وتضع الخطط وتلاحظ كم تقدّمت.",
    "Coping": "التأقلم",
    "Ways to get through the tough days: staying calm, working through problems, asking for help and still finding reasons to laugh.": "طرق لاجتياز الأيام الصعبة: أن تحافظ على هدوئك، وتعالج المشكلات خطوة خطوة، وتطلب المساعدة، وتظل تجد أسبابًا للضحك.",
    "Core self": "جوهر الذات",
    "Getting to know who you are, what you care about and what you're good at, and being kind to yourself along the way.": "أن تتعرّف على نفسك: من أنت، وما الذي يهمّك، وما الذي تجيده، وأن تكون لطيفًا مع نفسك على طول الطريق.",
    "The Resilience Framework": "إطار المرونة",
    "42 Resilient Moves": "42 خطوة من خطوات المرونة",
    "Five compartments and 42 Resilient Moves: steps, big and small, that you can take to build your resilience.": "خمسة مجالات و42 خطوة من خطوات المرونة: خطوات كبيرة وصغيرة يمكنك اتخاذها لبناء مرونتك.",
    "The Resilience Framework is our shared language for resilience, which we see as beating the odds whilst also changing the odds. It sorts 42 Resilient Moves into five compartments: Basics, Belonging, Learning, Coping and Core self. Each move is a step, big or small, that research shows can help. Pick a compartment to see its moves, open a move to read what it means and find ideas to try, then print it as a poster for your wall, classroom or youth club.": "إطار المرونة هو لغتنا المشتركة للحديث عن المرونة، التي نراها تغلبًا على الصعاب وتغييرًا للظروف في الوقت نفسه. يوزّع الإطار 42 خطوة من خطوات المرونة على خمسة مجالات: الأساسيات، والانتماء، والتعلّم، والتأقلم، وجوهر الذات. وكل خطوة، كبيرة كانت أو صغيرة، تُظهر الأبحاث أنها قد تساعد. اختر مجالًا لترى خطواته، وافتح خطوة لتقرأ معناها وتجد أفكارًا تجرّبها، ثم اطبعها ملصقًا لجدار غرفتك أو فصلك أو ناديك الشبابي.",
    "Everything the movement makes is tagged with the Resilient Moves it supports, so from any move you can find the stories, packs, campaigns, events and communities of practice that put it to work. Each piece of work also says what level it acts at: beating the odds helps one person get past something hard, changing the odds changes things for everyone in the same situation, and supercharged goes further still, tackling the system that causes the problem in the first place.": "كل ما تنتجه الحركة موسوم بخطوات المرونة التي يدعمها، لذا يمكنك انطلاقًا من أي خطوة أن تجد القصص والحقائب والحملات والفعاليات ومجتمعات الممارسة التي تضعها موضع التطبيق. ويبيّن كل عمل أيضًا المستوى الذي يعمل عليه: التغلب على الصعاب يساعد شخصًا واحدًا على تجاوز أمر صعب، وتغيير الظروف يغيّر الأمور لكل من يمرّ بالموقف نفسه، أما المستوى «المضاعَف» (supercharged) فيذهب أبعد من ذلك، إذ يعالج النظام الذي يسبّب المشكلة من الأساس.",
}
