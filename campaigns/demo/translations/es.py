"""Spanish strings of the campaigns' demo: a campaign and its partners.

Machine-made, for review. Conventions and terms: movement/demo/translations/es.py.
"""

STRINGS = {
    # Campaign partners: names as the organisations write them
    "Fair Start Youth Union": "Fair Start Youth Union",
    "A union run by young people that helps them understand and stand up for their rights at work.": "Un sindicato dirigido por jóvenes que les ayuda a conocer y defender sus derechos en el trabajo.",
    "Young Workers' Advice Network": "Young Workers' Advice Network",
    "Free, confidential advice on pay, contracts and first jobs for workers under 25.": "Asesoramiento gratuito y confidencial sobre salarios, contratos y primeros empleos para trabajadores menores de 25 años.",
    # Campaign
    "Same Pay for the Same Day": "Mismo sueldo por la misma jornada",
    "Young people can be paid less than the colleague beside them for the same work, just because of their age. We want that to change.": "A los jóvenes se les puede pagar menos que al compañero de al lado por el mismo trabajo, solo por su edad. Queremos que eso cambie.",
    "We ask employers to pay young people the same rate as older colleagues for the same work, and we ask decision-makers to end minimum wage rates that depend on age.": "Pedimos a las empresas que paguen a los jóvenes lo mismo que a sus compañeros mayores por el mismo trabajo, y a quienes toman las decisiones, que acaben con los salarios mínimos que dependen de la edad.",
    "A young person can work the same shift, do the same tasks and carry the same responsibility as an older colleague, and still take home less, simply because they are younger. Young people in the Resilience Revolution started this campaign to make that difference visible.": "Una persona joven puede hacer el mismo turno, las mismas tareas y tener la misma responsabilidad que un compañero mayor, y aun así cobrar menos, simplemente por ser más joven. Los jóvenes de Resilience Revolution iniciaron la campaña «Mismo sueldo por la misma jornada» (Same Pay for the Same Day) para hacer visible esa diferencia.",
    "Share your story": "Comparte tu historia",
    "Add your voice": "Suma tu voz",
    "Been paid less than an older colleague for the same job? Tell us what happened: every story helps show why this matters.": "¿Te han pagado menos que a un compañero mayor por el mismo trabajo? Cuéntanos qué pasó: cada historia ayuda a mostrar por qué esto importa.",
    "The facts in short": "Los datos en breve",
    "18 vs 21": "18 frente a 21",
    "The legal minimum for an 18-year-old is lower than for a 21-year-old, even on the same shift.": "El mínimo legal para alguien de 18 años es más bajo que para alguien de 21, incluso en el mismo turno.",
    "Illustrative example: check current rates on GOV.UK": "Ejemplo ilustrativo: consulta las cuantías vigentes en GOV.UK",
    "16–17": "16–17",
    "Workers aged 16 and 17 have a lower legal minimum again.": "Para quienes trabajan con 16 y 17 años, el mínimo legal es todavía más bajo.",
    "Age, not skill": "La edad, no la habilidad",
    "Which minimum applies depends on a worker's age, not on the job they do or how well they do it.": "Qué mínimo se aplica depende de la edad de quien trabaja, no del trabajo que hace ni de lo bien que lo hace.",
    "Why it matters": "Por qué importa",
    "Young people told us that earning less for the same day's work feels like being told their time is worth less. Many are saving for college, helping out at home or living on their own, and their bills come with no discount for being young.": "Los jóvenes nos cuentan que cobrar menos por la misma jornada es como oír que su tiempo vale menos. Muchos ahorran para estudiar, ayudan en casa o viven por su cuenta, y sus facturas no traen ningún descuento por ser jóvenes.",
    "A 17-year-old earns less than the 22-year-old on the same till": "Una chica de 17 años gana menos que el chico de 22 que trabaja en la misma caja",
    "Help that young person find extra shifts or a better-paid job.": "Ayudar a esa persona joven a encontrar turnos extra o un trabajo mejor pagado.",
    "Ask local employers to pay everyone the same rate for the same work.": "Pedir a las empresas de la zona que paguen lo mismo a todos por el mismo trabajo.",
    "Work with employers, unions and young people to end age-based minimum rates altogether.": "Trabajar con empresas, sindicatos y jóvenes para acabar del todo con los mínimos que dependen de la edad.",
    "How the campaign works": "Cómo funciona la campaña",
    "Young people collect stories from workplaces across the town.": "Los jóvenes recogen historias de lugares de trabajo de toda la ciudad.",
    "We share what we learn with employers and invite them to pledge equal pay for equal work.": "Compartimos lo que aprendemos con las empresas y las invitamos a comprometerse a pagar igual por el mismo trabajo.",
    "With our partners, we take the stories to the people who set the rules.": "Junto con nuestros socios, llevamos esas historias a quienes fijan las normas.",
    # Pledges
    "I support Same Pay for the Same Day": "Apoyo la campaña «Mismo sueldo por la misma jornada»",
    "Add your name if you think a day's work deserves a day's pay, whatever the age of the person doing it.": "Añade tu nombre si crees que un día de trabajo merece el sueldo de un día, tenga la edad que tenga quien lo hace.",
    "I agree that the Resilience Revolution keeps what I have typed here to count my pledge. Only our team sees my name; it is wiped after a year, and my pledge stays in the count.": "Acepto que Resilience Revolution guarde lo que escribo aquí para contar mi compromiso. Solo nuestro equipo ve mi nombre; se borra al cabo de un año y mi compromiso sigue en el recuento.",
    "We pledge to pay young workers the same": "Nos comprometemos a pagar lo mismo a los trabajadores jóvenes",
    "For employers: pledge to pay the same hourly rate for the same job, whatever a worker's age. Once we have checked, your organisation's name is listed below.": "Para empresas: comprométete a pagar la misma tarifa por hora por el mismo trabajo, sea cual sea la edad de quien lo hace. Cuando lo comprobemos, el nombre de tu organización aparecerá abajo.",
    "I can speak for this organisation, and I agree that its name may be shown on this page once checked. Only our team sees my own name; it is wiped after a year.": "Puedo hablar en nombre de esta organización y acepto que su nombre aparezca en esta página una vez comprobado. Solo nuestro equipo ve mi nombre; se borra al cabo de un año.",
}
