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
    "Find out more": "اعرف المزيد",
}
