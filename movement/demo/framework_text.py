"""The Resilience Framework's demo text: the young people's version, in our own words.

Data only, for the framework's demo step to load: the version, its five
compartments, the 42 Resilient Moves and the framework page. The page, the
version and the compartments are translated (see movement/demo/translations);
the moves' strings are in translations/framework_*.py.
"""

VERSION = {
    "slug": "young-people",
    "title": "For young people",
    "audience": "Young people aged 13 to 19 who want to understand and build their own resilience.",
    "summary": (
        "The Resilience Framework written for you: 42 Resilient Moves, in plain words, "
        "that you can try at home, at school and with your friends. Pick one that fits "
        "your life right now and give it a go."
    ),
}

COMPARTMENTS = [  # in display order
    (
        "basics",
        "Basics",
        "The things everyone needs to get through the day: somewhere safe to live, enough "
        "food, sleep and money, ways to get around, and time to have fun.",
    ),
    (
        "belonging",
        "Belonging",
        "Having people and places that make you feel you fit in, and keeping those good "
        "relationships going, even when life gets busy or hard.",
    ),
    (
        "learning",
        "Learning",
        "Getting the most out of school, college and life outside them, by finding help, "
        "making plans and noticing how far you've come.",
    ),
    (
        "coping",
        "Coping",
        "Ways to get through the tough days: staying calm, working through problems, "
        "asking for help and still finding reasons to laugh.",
    ),
    (
        "core-self",
        "Core self",
        "Getting to know who you are, what you care about and what you're good at, and "
        "being kind to yourself along the way.",
    ),
]

# Each compartment's picture (movement/icons.py), by its slug.
COMPARTMENT_ICONS = {
    "basics": "house",  # somewhere safe to live, food, sleep
    "belonging": "people",  # people and places where you fit in
    "learning": "open-book",
    "coping": "umbrella",  # getting through the tough days
    "core-self": "heart",  # who you are, being kind to yourself
}

MOVES = [  # grouped by compartment, in display order
    # Basics
    (
        "basics",
        "a-safe-place-to-live",
        "A safe place to live",
        "Everyone deserves a home where they feel safe enough, warm and able to rest. If "
        "home doesn't feel like that, it is not your fault, and there are people whose job "
        "is to help.",
        "You, with help from a trusted adult, your school or a youth worker",
        "<ul><li>Make one corner of your room or home feel like your own calm space.</li>"
        "<li>If something at home worries you, tell a teacher, youth worker or another "
        "adult you trust.</li><li>If you are ever in danger, get somewhere safe and call the "
        "emergency services.</li></ul>",
    ),
    (
        "basics",
        "enough-money-to-get-by",
        "Enough money to get by",
        "Money worries can make everything feel harder. Knowing what help is out there and "
        "how to make a little go further can take some of the pressure off.",
        "You, with your family, your school or college and local services",
        "<ul><li>Ask a trusted adult at school or college what help there is with meals, "
        "travel or uniform.</li><li>Keep a simple note of what you spend in a week.</li>"
        "<li>Look out for free clubs, activities and days out near you.</li>"
        "<li>Talk to an adult you trust before you borrow money from anyone.</li></ul>",
    ),
    (
        "basics",
        "feeling-safe",
        "Feeling safe",
        "Feeling safe means being free from harm and fear, both out and about and online. "
        "You have the right to feel safe wherever you are.",
        "You, with the adults around you at home, at school and in your community",
        "<ul><li>Let someone know where you are going and when you will be back.</li>"
        "<li>Keep your social media private and only accept people you know in real life."
        "</li><li>If something or someone makes you feel unsafe, tell a trusted adult "
        "straight away.</li></ul>",
    ),
    (
        "basics",
        "getting-where-you-need-to-go",
        "Getting where you need to go",
        "Being able to get to school, work, friends and the things you enjoy opens up your "
        "world. Knowing your way around safely gives you more choices.",
        "You, with your family, your school or college and local transport",
        "<ul><li>Find out which buses, trains or walking routes get you to the places you "
        "go most.</li><li>Ask your school or college whether you can get help with travel "
        "costs.</li><li>Plan your journey home before you set off, especially at night."
        "</li></ul>",
    ),
    (
        "basics",
        "eating-well",
        "Eating well",
        "Regular meals give your body and brain the fuel they need to get through the day. "
        "It's about eating enough and often, not about being perfect.",
        "You, with your family, carers or school",
        "<ul><li>Try to have something to eat before school, even if it is small.</li>"
        "<li>Drink plenty of water through the day.</li><li>Learn to cook one simple meal "
        "you like.</li><li>If there is not always enough food at home, tell a trusted adult "
        "at school: they can help.</li></ul>",
    ),
    (
        "basics",
        "moving-and-getting-outside",
        "Moving and getting outside",
        "Moving your body and getting some fresh air can lift your mood, clear your head "
        "and help you sleep. Any kind of movement you enjoy counts.",
        "You, on your own or with friends, family or a local club",
        "<ul><li>Go for a walk somewhere green, like a park or a playing field.</li><li>Put on "
        "your favourite music and dance.</li><li>Try a free taster session at a local sports "
        "or activity club.</li></ul>",
    ),
    (
        "basics",
        "getting-enough-sleep",
        "Getting enough sleep",
        "Sleep helps you think clearly, manage your feelings and stay well. Most teenagers "
        "need more sleep than they get.",
        "You, with support from the people you live with",
        "<ul><li>Try to go to bed and get up at about the same time each day.</li>"
        "<li>Put your phone away or out of reach for a while before bed.</li>"
        "<li>If worries keep you awake, write them down to deal with tomorrow.</li>"
        "<li>If you often can't sleep, talk to a trusted adult about it.</li></ul>",
    ),
    (
        "basics",
        "time-to-play-and-have-fun",
        "Time to play and have fun",
        "Fun isn't just for little kids. Making time for things you enjoy gives you a break "
        "from pressure and helps you recharge.",
        "You, with your friends, family or a youth group",
        "<ul><li>Keep a bit of time each week just for something you enjoy.</li><li>Play a "
        "game, make something or get out with friends.</li><li>Try a new activity at a "
        "youth club or after-school club.</li></ul>",
    ),
    (
        "basics",
        "being-treated-fairly",
        "Being treated fairly",
        "Nobody should be treated badly because of who they are, where they come from, what "
        "they look like or who they love. You deserve respect, and so does everyone else.",
        "You, with friends, trusted adults and your school or college",
        "<ul><li>If you are treated unfairly, tell a trusted adult and ask them to help "
        "you do something about it.</li><li>Stand alongside someone who is being picked on, "
        "if it is safe to do so.</li><li>Find out about your school's rules on bullying and "
        "discrimination.</li><li>Join or start a group that speaks up for fairness.</li>"
        "</ul>",
    ),
    # Belonging
    (
        "belonging",
        "finding-where-you-belong",
        "Finding where you belong",
        "Belonging means having somewhere you feel accepted just as you are. It might be a "
        "club, a team, a group of friends or a community.",
        "You, with help from a youth worker, teacher or trusted adult",
        "<ul><li>Think about where you feel most like yourself, and spend more time "
        "there.</li><li>Try a club or group linked to something you already like.</li>"
        "<li>Ask a trusted adult what groups for young people meet near you.</li></ul>",
    ),
    (
        "belonging",
        "your-place-in-the-world",
        "Your place in the world",
        "Understanding how you fit into your family, your community and the wider world "
        "can help you feel more sure of yourself and what you can do.",
        "You, with family, friends and the adults around you",
        "<ul><li>Draw a map of the people and places that matter to you.</li><li>Find out "
        "about something happening in your area that you care about.</li><li>Talk with "
        "someone older about what the world was like when they were your age.</li></ul>",
    ),
    (
        "belonging",
        "good-influences",
        "Good influences",
        "The people you spend time with shape how you feel and what you do. Good influences "
        "bring out the best in you and don't pressure you into things.",
        "You, with friends, family and trusted adults",
        "<ul><li>Notice who leaves you feeling good about yourself, and who doesn't.</li>"
        "<li>Spend more time with people who respect your choices.</li><li>If someone is "
        "pushing you into something you don't want to do, talk to a trusted adult.</li>"
        "</ul>",
    ),
    (
        "belonging",
        "keeping-relationships-going",
        "Keeping relationships going",
        "Good relationships need a bit of looking after, especially when things change, like "
        "moving school or falling out.",
        "You, with the people who matter to you",
        "<ul><li>Send a quick message to someone you haven't spoken to for a while.</li>"
        "<li>After an argument, try to talk it through when you have both calmed down.</li>"
        "<li>Make plans to do something together, even something small.</li></ul>",
    ),
    (
        "belonging",
        "healthy-relationships",
        "Healthy relationships",
        "In a healthy relationship, with a friend, partner or family member, you feel "
        "respected, listened to and free to be yourself.",
        "You, with support from a trusted adult when you need it",
        "<ul><li>Think about what respect looks like to you in a friendship or "
        "relationship.</li><li>Remember you can always say no, and so can the other "
        "person.</li><li>If a relationship makes you feel scared or controlled, tell a "
        "trusted adult.</li></ul>",
    ),
    (
        "belonging",
        "people-who-believe-in-you",
        "People who believe in you",
        "Having even one person who believes you can do well can make a big difference. "
        "They help you see a hopeful future for yourself.",
        "You, with family, teachers, coaches, youth workers or mentors",
        "<ul><li>Think of someone who has encouraged you, and tell them it helped.</li>"
        "<li>Share a goal with an adult you trust and ask for their ideas.</li><li>Spend "
        "time with people who talk about what you can do, not only what went wrong.</li>"
        "</ul>",
    ),
    (
        "belonging",
        "people-you-can-count-on",
        "People you can count on",
        "Knowing there are people who will be there for you when things go wrong makes hard "
        "times easier to face.",
        "You, with family, friends and trusted adults",
        "<ul><li>Write down the names of two or three people you could go to for help.</li>"
        "<li>Save their numbers in your phone.</li><li>Be someone your friends can count on "
        "too.</li></ul>",
    ),
    (
        "belonging",
        "taking-on-responsibilities",
        "Taking on responsibilities",
        "Having jobs and roles that others rely on shows you that you matter and that you "
        "can make a difference.",
        "You, at home, at school or in your community, with adults who support you",
        "<ul><li>Take on a regular job at home, like cooking a meal once a week.</li>"
        "<li>Volunteer to help at a club, event or local project.</li><li>Put yourself "
        "forward for a role at school, like a form rep or buddy.</li></ul>",
    ),
    (
        "belonging",
        "remembering-good-times",
        "Remembering good times",
        "Thinking back to happy times, places and people can comfort you and remind you that "
        "good things have happened and can happen again.",
        "You, on your own or with family and friends",
        "<ul><li>Make a box, scrapbook or phone album of good memories.</li><li>Talk "
        "with someone about a favourite day you spent together.</li><li>Go back to a place "
        "that makes you feel happy.</li></ul>",
    ),
    (
        "belonging",
        "making-sense-of-where-you-come-from",
        "Making sense of where you come from",
        "Understanding your story, your family and your background can help you feel more "
        "settled in who you are, even if parts of it are hard.",
        "You, with family, carers or a trusted adult",
        "<ul><li>Ask a family member or carer to tell you a story from your early "
        "years.</li><li>Find out about the places, languages or traditions in your "
        "background.</li><li>If parts of your story are hard to think about, talk them "
        "through with a trusted adult.</li></ul>",
    ),
    (
        "belonging",
        "making-friends",
        "Making friends",
        "Friends make the good times better and the hard times easier. Making new friends "
        "takes practice, and it's fine to start small.",
        "You, with a bit of help from clubs, school or youth groups",
        "<ul><li>Say hello to someone new and ask them a question about themselves.</li>"
        "<li>Join a club where people share one of your interests.</li><li>Be the one who "
        "invites someone to sit with you or join in.</li></ul>",
    ),
    # Learning
    (
        "learning",
        "making-school-work-for-you",
        "Making school or college work for you",
        "School or college can be tough, but it can also open doors. It helps to find the "
        "bits that work for you and get support with the rest.",
        "You, with teachers, tutors and your family",
        "<ul><li>Find one lesson or activity you enjoy and make the most of it.</li><li>If "
        "you are stuck or falling behind, ask a teacher for help early.</li><li>Tell a "
        "trusted adult if something at school is making it hard to learn.</li></ul>",
    ),
    (
        "learning",
        "finding-a-mentor",
        "Finding a mentor",
        "A mentor is someone with more experience who helps you learn, grow and think "
        "about your next steps.",
        "You, with help from your school, college or a youth organisation",
        "<ul><li>Ask your school or college whether it has a mentoring scheme.</li><li>Think "
        "of an adult you look up to and ask them how they got where they are.</li><li>Agree "
        "with your mentor where and when you will meet, somewhere other people are around."
        "</li></ul>",
    ),
    (
        "learning",
        "mapping-out-your-future",
        "Mapping out your future",
        "Having some idea of where you would like to go, even a rough one, makes it easier "
        "to choose your next steps. Plans can change, and that's fine.",
        "You, with careers advisers, teachers and your family",
        "<ul><li>Write down three things you might like to do when you leave school.</li>"
        "<li>Find out what subjects, courses or experience each one needs.</li><li>Book a "
        "chat with a careers adviser at school or college.</li></ul>",
    ),
    (
        "learning",
        "getting-organised",
        "Getting organised",
        "Being organised means less rushing and less stress. Small habits can help you keep "
        "on top of things.",
        "You, with support from teachers or family if you need it",
        "<ul><li>Pack your bag the night before.</li><li>Use a planner or your phone to "
        "keep track of homework and deadlines.</li><li>Break a big task into small steps "
        "and tick them off.</li></ul>",
    ),
    (
        "learning",
        "noticing-what-youve-achieved",
        "Noticing what you've achieved",
        "It's easy to forget how far you've come. Noticing your achievements, big and small, "
        "builds your confidence.",
        "You, with friends, family and teachers who can cheer you on",
        "<ul><li>At the end of each week, write down one thing you did well.</li><li>Keep "
        "certificates, good feedback or photos of things you have made.</li><li>Tell someone "
        "about something you are proud of.</li></ul>",
    ),
    (
        "learning",
        "learning-life-skills",
        "Learning life skills",
        "Life skills are the everyday things that help you look after yourself and become "
        "more independent.",
        "You, with your family, carers, school or youth workers",
        "<ul><li>Learn to cook a simple meal, wash your clothes or plan a journey.</li>"
        "<li>Ask an adult to show you how to budget for a week.</li><li>Practise phoning "
        "to make an appointment or ask a question.</li></ul>",
    ),
    # Coping
    (
        "coping",
        "knowing-your-boundaries",
        "Knowing your boundaries",
        "Boundaries are the limits that keep you safe and comfortable. Knowing yours, and "
        "respecting other people's, helps everyone get on.",
        "You, with support from trusted adults",
        "<ul><li>Think about what you are and aren't OK with, online and in person.</li>"
        "<li>Practise saying no kindly but clearly.</li><li>If someone keeps crossing your "
        "boundaries, talk to a trusted adult.</li></ul>",
    ),
    (
        "coping",
        "being-brave",
        "Being brave",
        "Being brave isn't about taking risks with your safety. It's about trying new "
        "things, speaking up and facing what feels hard, one step at a time.",
        "You, with encouragement from friends, family and trusted adults",
        "<ul><li>Pick one small thing that makes you a bit nervous and try it.</li><li>Ask "
        "a question in class or a group.</li><li>Bring a friend along the first time you "
        "try something new.</li></ul>",
    ),
    (
        "coping",
        "working-through-problems",
        "Working through problems",
        "Problems feel less overwhelming when you break them down. Thinking through your "
        "options helps you find a way forward.",
        "You, on your own or with someone you trust",
        "<ul><li>Write down the problem in one sentence.</li><li>List every possible "
        "solution, even the silly ones, then pick one to try.</li><li>Ask someone you trust "
        "what they would do.</li></ul>",
    ),
    (
        "coping",
        "looking-for-the-bright-side",
        "Looking for the bright side",
        "When things are hard, looking for something good, however small, can help you keep "
        "going. It doesn't mean pretending everything is fine.",
        "You, on your own or with friends and family",
        "<ul><li>Each evening, think of three good things from your day.</li><li>When "
        "something goes wrong, ask yourself what you could learn from it.</li><li>Notice "
        "kind things other people do.</li></ul>",
    ),
    (
        "coping",
        "following-your-interests",
        "Following your interests",
        "Doing things you love gives you a break from worries and something to look forward "
        "to.",
        "You, with clubs, groups or friends who share your interests",
        "<ul><li>Set aside time each week for a hobby.</li><li>Find a local club or group "
        "for something you enjoy.</li><li>Try something new that you have always been "
        "curious about.</li></ul>",
    ),
    (
        "coping",
        "calming-yourself-down",
        "Calming yourself down",
        "Everyone gets angry, upset or worried sometimes. Having a few ways to calm down "
        "helps you feel more in control.",
        "You, with support from a trusted adult if you need it",
        "<ul><li>Breathe in slowly for four counts, then out for four counts.</li><li>Find "
        "a quiet place to take a break.</li><li>Listen to music, draw or go for a walk.</li>"
        "<li>Talk to someone you trust about how you are feeling.</li></ul>",
    ),
    (
        "coping",
        "tomorrow-is-a-new-day",
        "Tomorrow is a new day",
        "A bad day is just one day. Remembering that tomorrow is a fresh start can help you "
        "let go and try again.",
        "You, on your own or with people who care about you",
        "<ul><li>Before bed, think of one thing you are looking forward to tomorrow.</li>"
        "<li>If today went wrong, decide on one small thing to do differently next time."
        "</li><li>Be as kind to yourself as you would be to a friend.</li></ul>",
    ),
    (
        "coping",
        "leaning-on-others",
        "Leaning on others",
        "You don't have to cope with everything on your own. Asking for help is a strength, "
        "not a weakness.",
        "You, with family, friends and trusted adults",
        "<ul><li>Tell someone you trust when you are struggling.</li><li>If it feels hard to "
        "say out loud, write it down or send a message.</li><li>Ask a teacher or youth "
        "worker where else you could get support.</li></ul>",
    ),
    (
        "coping",
        "having-a-laugh",
        "Having a laugh",
        "Laughing with others can ease stress and bring people closer. A bit of humour can "
        "help you through tough moments.",
        "You, with friends, family and anyone who makes you smile",
        "<ul><li>Watch a comedy or share funny videos with friends.</li><li>Spend time with "
        "people who make you laugh.</li><li>Keep jokes kind: laugh with people, not at them."
        "</li></ul>",
    ),
    # Core self
    (
        "core-self",
        "holding-on-to-hope",
        "Holding on to hope",
        "Hope is believing that things can get better and that you can play a part in "
        "making that happen.",
        "You, with people who believe in you",
        "<ul><li>Write down something you are hoping for, and one small step towards it."
        "</li><li>Think of a time things got better after being hard.</li><li>Spend time "
        "with people who help you feel hopeful.</li></ul>",
    ),
    (
        "core-self",
        "understanding-how-others-feel",
        "Understanding how others feel",
        "Trying to see things from someone else's point of view helps you get on with "
        "people and makes the world a kinder place.",
        "You, with friends, family and the people around you",
        "<ul><li>When someone is upset, listen before you answer.</li><li>Ask yourself "
        "how you would feel in their shoes.</li><li>Read a book or watch a film about a "
        "life different from yours.</li></ul>",
    ),
    (
        "core-self",
        "getting-to-know-yourself",
        "Getting to know yourself",
        "Knowing what you like, what you care about and what you find hard helps you make "
        "choices that are right for you.",
        "You, on your own or with someone you trust",
        "<ul><li>Write a list of things that make you, you.</li><li>Notice what makes you "
        "feel good and what drains you.</li><li>Ask a friend what they think your "
        "strengths are.</li></ul>",
    ),
    (
        "core-self",
        "taking-responsibility-for-yourself",
        "Taking responsibility for yourself",
        "Taking responsibility means owning your choices and learning from mistakes, not "
        "blaming yourself for things that are out of your control.",
        "You, with support from trusted adults",
        "<ul><li>When you get something wrong, say sorry and think about how to put it "
        "right.</li><li>Set yourself a small goal and keep track of it.</li><li>Remember "
        "some things aren't your responsibility, and ask for help with those.</li></ul>",
    ),
    (
        "core-self",
        "growing-your-talents",
        "Growing your talents",
        "Everyone is good at something. Finding your talents and giving them time to grow "
        "builds confidence and brings joy.",
        "You, with teachers, coaches, clubs and mentors",
        "<ul><li>Think about what people often ask you to help with.</li><li>Practise "
        "something you enjoy a little each week.</li><li>Ask a teacher or coach how you "
        "could take a skill further.</li></ul>",
    ),
    (
        "core-self",
        "speaking-up-for-yourself",
        "Speaking up for yourself",
        "Your views and feelings matter. Saying what you need, calmly and clearly, helps "
        "others understand you and support you.",
        "You, with trusted adults who will listen",
        "<ul><li>Practise what you want to say with a friend or in front of a mirror.</li>"
        "<li>Use 'I feel' and 'I need' to explain yourself.</li><li>Ask a trusted adult to "
        "come with you if you need to speak up about something important.</li></ul>",
    ),
    (
        "core-self",
        "being-kind-to-yourself",
        "Being kind to yourself",
        "Treating yourself with the same kindness you would show a friend helps you bounce "
        "back when things go wrong.",
        "You, with people who care about you",
        "<ul><li>Notice when you are being hard on yourself, and try saying something "
        "kinder.</li><li>Do one thing each day that you enjoy.</li><li>Remember that "
        "everyone makes mistakes and has hard days.</li></ul>",
    ),
]

PAGE = {
    "title": "The Resilience Framework",
    "slug": "framework",
    "listing_title": "42 Resilient Moves",
    "listing_summary": (
        "Five compartments and 42 Resilient Moves: steps, big and small, that you can take "
        "to build your resilience."
    ),
    "introduction": (
        "<p>The Resilience Framework is our shared language for resilience, which we see as "
        "beating the odds whilst also changing the odds. It sorts 42 Resilient Moves into "
        "five compartments: Basics, Belonging, Learning, Coping and Core self. Each move is "
        "a step, big or small, that research shows can help. Pick a compartment to see its "
        "moves, open a move to read what it means and find ideas to try, then print it as a "
        "poster for your wall, classroom or youth club.</p>"
    ),
    "body": (
        "<p>Everything the movement makes is tagged with the Resilient Moves it supports, so "
        "from any move you can find the stories, packs, campaigns, events and communities of "
        "practice that put it to work. Each piece of work also says what level it acts at: "
        "beating the odds helps one person get past something hard, changing the odds "
        "changes things for everyone in the same situation, and supercharged goes further "
        "still, tackling the system that causes the problem in the first place.</p>"
    ),
}
