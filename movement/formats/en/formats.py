"""British English dates ("4 July 2030"); Django's own "en" is American ("July 4, 2030").

Other languages use Django's formats, which get grammar right: "4 lipca 2030",
"4 de julio de 2030". Templates ask for DATE_FORMAT, never a fixed pattern.
"""

DATE_FORMAT = "j F Y"
