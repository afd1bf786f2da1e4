"""Word lists for the demo Health Board: clearly fictional, realistic enough to look alive."""

from __future__ import annotations

DEPARTMENTS: tuple[tuple[str, str], ...] = (
    ("Emergency Department", "Adran Achosion Brys"),
    ("Acute Medicine", "Meddygaeth Acíwt"),
    ("Surgery", "Llawfeddygaeth"),
    ("Women and Children", "Menywod a Phlant"),
    ("Mental Health and Learning Disabilities", "Iechyd Meddwl ac Anableddau Dysgu"),
    ("Primary and Community Care", "Gofal Sylfaenol a Chymunedol"),
    ("Pharmacy", "Fferylliaeth"),
    ("Radiology", "Radioleg"),
    ("Therapies", "Therapïau"),
    ("Critical Care", "Gofal Critigol"),
    ("Estates and Facilities", "Ystadau a Chyfleusterau"),
    ("Workforce and Organisational Development", "Gweithlu a Datblygu Sefydliadol"),
)

FIRST_NAMES: tuple[str, ...] = (
    "Siân", "Dafydd", "Ffion", "Rhys", "Elin", "Gareth", "Catrin", "Owain", "Megan", "Llŷr",
    "Gwenllïan", "Iwan", "Nia", "Huw", "Bethan", "Aled", "Carys", "Geraint", "Lowri", "Emyr",
    "Sarah", "James", "Emma", "David", "Rachel", "Michael", "Laura", "Thomas", "Hannah", "Daniel",
    "Priya", "Mohammed", "Aisha", "Tomasz", "Zofia", "Chinedu", "Amara", "Wei", "Mei", "José",
    "Angharad", "Rhiannon", "Gruffydd", "Heledd", "Tomos", "Mared", "Deiniol", "Eleri", "Osian",
    "Manon",
)

SURNAMES: tuple[str, ...] = (
    "Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan",
    "Griffiths", "Price", "Rees", "Jenkins", "Powell", "Llewellyn", "Pritchard", "Bowen", "Owen",
    "Parry", "Vaughan", "Khan", "Patel", "Nowak", "Okafor", "Chen", "García", "Smith", "Taylor",
    "Baker", "Wright",
)

ROLES: tuple[str, ...] = (
    "Staff nurse", "Ward sister", "Consultant", "Junior doctor", "Physiotherapist",
    "Occupational therapist", "Pharmacist", "Healthcare support worker", "Service manager",
    "Radiographer", "Midwife", "Administrator", "Porter", "Dietitian", "Psychologist",
)

# (title, aim, measure name, unit, chart type, direction, baseline, improved, denominator)
PROJECTS: tuple[tuple[str, str, str, str, str, str, float, float, float | None], ...] = (
    ("Sepsis six within the hour", "Deliver all six sepsis interventions within one hour for 95% "
     "of adults with suspected sepsis in ED by March.", "Sepsis six within 1 hour", "%", "p",
     "up", 0.62, 0.9, 40),
    ("Fewer falls on Ward 7", "Reduce inpatient falls on Ward 7 by 30% within six months.",
     "Falls per 1,000 bed days", "per 1,000 bed days", "u", "down", 8.0, 5.0, 900),
    ("Discharge before midday", "Increase discharges before 12:00 on medical wards from 15% to "
     "35% by the end of the year.", "Discharges before noon", "%", "p", "up", 0.15, 0.33, 60),
    ("Safer insulin prescribing", "Eliminate insulin prescribing errors on surgical wards within "
     "nine months.", "Insulin prescribing errors", "errors", "c", "down", 6.0, 2.0, None),
    ("Pressure ulcer prevention bundle", "Reduce hospital-acquired pressure ulcers in community "
     "hospitals by 50% in twelve months.", "New pressure ulcers", "ulcers", "c", "down", 5.0, 2.0,
     None),
    ("Time to first antibiotic", "Reduce the median time to first antibiotic dose for neutropenic "
     "sepsis to under 60 minutes.", "Minutes to antibiotic", "minutes", "i", "down", 95.0, 55.0,
     None),
    ("Outpatient letters in Welsh", "Offer every outpatient their letters in their preferred "
     "language, recording the choice for 100% of new referrals.", "Language choice recorded",
     "%", "p", "up", 0.4, 0.92, 120),
    ("Medicines reconciliation in 24 hours", "Complete medicines reconciliation within 24 hours "
     "of admission for 90% of patients.", "Reconciled within 24 h", "%", "p", "up", 0.55, 0.85,
     80),
    ("Hip fracture to theatre in 36 hours", "Take 85% of hip fracture patients to theatre within "
     "36 hours of admission.", "Theatre within 36 h", "%", "p", "up", 0.6, 0.82, 25),
    ("Calm wards at night", "Reduce night-time noise complaints on the stroke unit by half.",
     "Noise complaints", "complaints", "c", "down", 9.0, 4.0, None),
    ("Early warning score escalation", "Escalate 95% of NEWS2 scores of 5 or more within 30 "
     "minutes.", "Timely escalation", "%", "p", "up", 0.7, 0.93, 50),
    ("Reducing DNAs in physiotherapy", "Reduce missed physiotherapy appointments from 12% to 6% "
     "with text reminders.", "Did not attend", "%", "p", "down", 0.12, 0.06, 300),
    ("Catheter care on the wards", "Reduce catheter-associated urinary infections by 40% in a "
     "year.", "CAUTI per 1,000 catheter days", "per 1,000 days", "u", "down", 4.0, 2.2, 700),
    ("Quicker CT reporting", "Report 90% of urgent CT scans within 24 hours.", "Hours to report",
     "hours", "i", "down", 30.0, 18.0, None),
    ("Well-being huddles", "Hold a five-minute well-being huddle on every shift in critical care.",
     "Shifts with a huddle", "%", "p", "up", 0.3, 0.8, 60),
    ("Nutrition screening on admission", "Complete MUST screening within 24 hours for 95% of "
     "admissions to care of the elderly.", "Screened within 24 h", "%", "p", "up", 0.68, 0.9, 70),
    ("Safer handover with SBAR", "Use SBAR for every nursing handover on surgical wards.",
     "Handovers using SBAR", "%", "p", "up", 0.45, 0.88, 40),
    ("Reducing agency spend", "Reduce agency nursing shifts in Acute Medicine by 25%.",
     "Agency shifts per week", "shifts", "i", "down", 120.0, 85.0, None),
    ("Mouth care matters", "Every inpatient who needs help with mouth care receives it twice "
     "daily.", "Mouth care given", "%", "p", "up", 0.5, 0.86, 45),
    ("Paperless porter requests", "Cut the time from porter request to pick-up to under 15 "
     "minutes.", "Minutes to pick-up", "minutes", "i", "down", 24.0, 13.0, None),
)

STORY_LESSONS: tuple[str, ...] = (
    "Start small: one ward, one shift, then spread.",
    "Ask the people doing the work what gets in the way.",
    "Plot the data every week where the team can see it.",
    "Predict before each test; the surprises taught us most.",
    "Celebrate early wins to keep momentum.",
)

# (kind, English title, Welsh title, hour, duration in minutes)
EVENTS: tuple[tuple[str, str, str, int, int], ...] = (
    ("coffee", "Randomised coffee meet-up", "Cyfarfod coffi ar hap", 10, 30),
    ("workshop", "Run charts in an hour", "Siartiau rhediad mewn awr", 13, 60),
    ("workshop", "Model for Improvement: an introduction", "Y Model ar gyfer Gwella: cyflwyniad",
     9, 90),
    ("focus_group", "Focus group: organisational barriers", "Grŵp ffocws: rhwystrau sefydliadol",
     14, 60),
    ("meeting", "Qnet network meeting", "Cyfarfod rhwydwaith Qnet", 12, 60),
    ("workshop", "PDSA planning clinic", "Clinig cynllunio PDSA", 11, 60),
    ("workshop", "Data and SPC charts clinic", "Clinig data a siartiau SPC", 15, 60),
    ("focus_group", "Difficult conversations: share and learn",
     "Sgyrsiau anodd: rhannu a dysgu", 13, 45),
    ("meeting", "Show and tell: projects this month", "Dangos a dweud: prosiectau'r mis", 16, 60),
    ("coffee", "Well-being coffee morning", "Bore coffi lles", 10, 45),
)
