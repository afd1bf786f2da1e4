"""The console's words in Welsh and English (a test checks that every key used has both).

Welsh strings await a translator's review, as the kiosk's do (LESSONS.md: machine-like Welsh
drew complaints); domain terms (stages, event kinds) are named once, here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

LANGS = ("cy", "en")

# key: (English, Welsh)
MESSAGES: dict[str, tuple[str, str]] = {
    "app": ("Qspace QI console", "Consol GA Qspace"),
    "skip": ("Skip to content", "Neidio i'r cynnwys"),
    "nav_label": ("Console sections", "Adrannau'r consol"),
    "lang_label": ("Language / Iaith", "Iaith / Language"),
    "dashboard": ("QI activity", "Gweithgarwch GA"),
    "activity": ("Rooms", "Ystafelloedd"),
    "events": ("Events and sessions", "Digwyddiadau a sesiynau"),
    "coffee": ("Coffee trials", "Treialon coffi"),
    "stories": ("Stories", "Straeon"),
    "desk": ("Desk", "Desg"),
    "sign_in": ("Sign in", "Mewngofnodi"),
    "sign_out": ("Sign out", "Allgofnodi"),
    "signed_in_as": ("Signed in as", "Wedi mewngofnodi fel"),
    "email": ("E-mail address", "Cyfeiriad e-bost"),
    "password": ("Password", "Cyfrinair"),
    "signin_intro": (
        "Sign in to see the Health Board's Quality Improvement activity.",
        "Mewngofnodwch i weld gweithgarwch Gwella Ansawdd y Bwrdd Iechyd.",
    ),
    "signin_invalid": (
        "That e-mail address and password do not match an account.",
        "Nid yw'r cyfeiriad e-bost a'r cyfrinair yn cyfateb i gyfrif.",
    ),
    "signin_paused": (
        "Too many attempts: sign-in for this address is paused for a few minutes.",
        "Gormod o ymdrechion: mae mewngofnodi i'r cyfeiriad hwn wedi'i oedi am ychydig funudau.",
    ),
    "form_expired": (
        "The form had expired. Please try again.",
        "Roedd y ffurflen wedi dod i ben. Rhowch gynnig arall arni.",
    ),
    "projects": ("Projects", "Prosiectau"),
    "filters": ("Filter projects", "Hidlo prosiectau"),
    "department": ("Department", "Adran"),
    "topic": ("Topic", "Pwnc"),
    "stage": ("Stage", "Cam"),
    "iqt": ("Improving Quality Together", "Gwella Ansawdd Gyda'n Gilydd"),
    "iqt_ref": ("IQT reference", "Cyfeirnod GAGG"),
    "iqt_yes": ("Linked", "Wedi'i gysylltu"),
    "iqt_no": ("Not linked", "Heb ei gysylltu"),
    "search": ("Title contains", "Teitl yn cynnwys"),
    "any": ("Any", "Unrhyw un"),
    "apply": ("Apply filters", "Hidlo"),
    "clear": ("Clear filters", "Clirio'r hidlwyr"),
    "title": ("Title", "Teitl"),
    "room": ("Room", "Ystafell"),
    "found": ("projects found", "prosiect wedi'u canfod"),
    "page": ("Page", "Tudalen"),
    "of": ("of", "o"),
    "previous": ("Previous page", "Tudalen flaenorol"),
    "next": ("Next page", "Tudalen nesaf"),
    "by_stage": ("Projects by stage", "Prosiectau fesul cam"),
    "per_month": (
        "New projects and PDSA cycles per month",
        "Prosiectau a chylchoedd PDSA newydd bob mis",
    ),
    "month": ("Month", "Mis"),
    "new_projects": ("New projects", "Prosiectau newydd"),
    "new_cycles": ("New PDSA cycles", "Cylchoedd PDSA newydd"),
    "count": ("Count", "Nifer"),
    "download": ("Download CSV", "Lawrlwytho CSV"),
    "downloads": ("Downloads (CSV)", "Lawrlwythiadau (CSV)"),
    "no_rows": ("Nothing yet.", "Dim byd eto."),
    "q1": ("What are we trying to accomplish?", "Beth ydym ni'n ceisio'i gyflawni?"),
    "q2": (
        "How will we know that a change is an improvement?",
        "Sut y byddwn ni'n gwybod bod newid yn welliant?",
    ),
    "q3": (
        "What change can we make that will result in improvement?",
        "Pa newid allwn ni ei wneud a fydd yn arwain at welliant?",
    ),
    "pdsa": ("PDSA cycles", "Cylchoedd PDSA"),
    "plan": ("Plan", "Cynllunio"),
    "do": ("Do", "Gwneud"),
    "study": ("Study", "Astudio"),
    "act": ("Act", "Gweithredu"),
    "measures": ("Measures", "Mesurau"),
    "chart_of": ("Chart of", "Siart o"),
    "chart_points": ("Data points", "Pwyntiau data"),
    "period": ("Period", "Cyfnod"),
    "value": ("Value", "Gwerth"),
    "signal": ("Signal", "Signal"),
    "centre_line": ("Centre line", "Llinell ganol"),
    "limits": ("Control limits", "Terfynau rheoli"),
    "chart_error": (
        "This measure cannot be charted yet (too few points or invalid data).",
        "Ni ellir siartio'r mesur hwn eto (rhy ychydig o bwyntiau neu ddata annilys).",
    ),
    "checkins_weekly": ("Check-ins per week per room", "Ymweliadau bob wythnos fesul ystafell"),
    "week": ("Week beginning", "Wythnos yn dechrau"),
    "checkins": ("Check-ins", "Ymweliadau"),
    "topic_demand": (
        "What peers come for (last 12 weeks)",
        "Beth mae cymheiriaid yn dod amdano (12 wythnos diwethaf)",
    ),
    "visits": ("Visits", "Ymweliadau"),
    "rooms": ("Rooms and their kiosks", "Ystafelloedd a'u ciosgau"),
    "last_seen": ("Last synced", "Cysoni diwethaf"),
    "revoked": ("Revoked", "Wedi'i ddirymu"),
    "active": ("Active", "Gweithredol"),
    "note": ("Note", "Nodyn"),
    "token_shared": (
        "Token used by more than one kiosk: issue each kiosk its own",
        "Tocyn yn cael ei ddefnyddio gan fwy nag un ciosg: rhowch ei docyn ei hun i bob ciosg",
    ),
    "when": ("When", "Pryd"),
    "kind": ("Kind", "Math"),
    "attendance": ("Attendance", "Presenoldeb"),
    "sessions": ("Group sessions", "Sesiynau grŵp"),
    "state": ("State", "Cyflwr"),
    "started": ("Started", "Dechreuwyd"),
    "ended": ("Ended", "Gorffennwyd"),
    "held_on": ("Held on", "Cynhaliwyd ar"),
    "groups": ("Groups", "Grwpiau"),
    "people": ("People", "Pobl"),
    "met": ("Met", "Wedi cwrdd"),
    "not_met": ("Did not meet", "Heb gwrdd"),
    "approved": ("Approved", "Wedi'i gymeradwyo"),
    "pending": ("Waiting for approval", "Yn aros am gymeradwyaeth"),
    "hidden": ("Hidden", "Cudd"),
    "approve": ("Approve", "Cymeradwyo"),
    "hide": ("Hide", "Cuddio"),
    "pdf": ("One-page PDF", "PDF un dudalen"),
    "story_pack": ("Story pack (PDF)", "Pecyn straeon (PDF)"),
    "pack_month": ("Month (YYYY-MM)", "Mis (BBBB-MM)"),
    "pack_quarter": ("or quarter (YYYY-Q1 to Q4)", "neu chwarter (BBBB-C1 i C4)"),
    "make_pack": ("Make the pack", "Creu'r pecyn"),
    "project": ("Project", "Prosiect"),
    "problem": ("The problem", "Y broblem"),
    "change": ("What we changed", "Beth wnaethon ni ei newid"),
    "result": ("The result", "Y canlyniad"),
    "lessons": ("What we learned", "Beth ddysgon ni"),
    "thanks": ("Thanks notes", "Nodiadau diolch"),
    "board": ("Board posts", "Negeseuon y bwrdd"),
    "urgent": ("Urgent message for every room", "Neges frys i bob ystafell"),
    "urgent_now": ("Showing in every room now", "Yn cael ei dangos ym mhob ystafell nawr"),
    "text_cy": ("Welsh text", "Testun Cymraeg"),
    "text_en": ("English text", "Testun Saesneg"),
    "raise": ("Raise the message", "Codi'r neges"),
    "clear_msg": ("Clear the message", "Clirio'r neges"),
    "new_event": ("New event for the rooms", "Digwyddiad newydd i'r ystafelloedd"),
    "edit_event": ("Edit event", "Golygu digwyddiad"),
    "title_en": ("Title in English", "Teitl yn Saesneg"),
    "title_cy": ("Title in Welsh", "Teitl yn Gymraeg"),
    "starts_at": ("Starts (date and time, UTC)", "Yn dechrau (dyddiad ac amser, UTC)"),
    "ends_at": ("Ends (date and time, UTC)", "Yn gorffen (dyddiad ac amser, UTC)"),
    "location": ("Location", "Lleoliad"),
    "description": ("Description in English", "Disgrifiad yn Saesneg"),
    "description_cy": ("Description in Welsh", "Disgrifiad yn Gymraeg"),
    "save": ("Save", "Cadw"),
    "saved": (
        "Saved: the rooms receive it at their next sync.",
        "Wedi'i gadw: bydd yr ystafelloedd yn ei dderbyn pan fyddant yn cysoni nesaf.",
    ),
    "admins_only": (
        "Only an administrator can change what the rooms show.",
        "Dim ond gweinyddwr all newid yr hyn y mae'r ystafelloedd yn ei ddangos.",
    ),
    "not_found": ("Not found.", "Heb ei ganfod."),
    "invalid_input": ("Please check the form.", "Gwiriwch y ffurflen."),
    # Domain terms: stages and event kinds.
    "stage_aim": ("Aim", "Nod"),
    "stage_measures": ("Measures", "Mesurau"),
    "stage_changes": ("Changes", "Newidiadau"),
    "stage_testing": ("Testing", "Profi"),
    "stage_implementing": ("Implementing", "Gweithredu"),
    "stage_spreading": ("Spreading", "Lledaenu"),
    "stage_completed": ("Completed", "Wedi'i gwblhau"),
    "kind_meeting": ("Meeting", "Cyfarfod"),
    "kind_workshop": ("Workshop", "Gweithdy"),
    "kind_focus_group": ("Focus group", "Grŵp ffocws"),
    "kind_coffee": ("Coffee meet-up", "Coffi a sgwrs"),
}


def translator(lang: str) -> Callable[[str], str]:
    """The `t(key)` function templates call, for one language."""
    column = 1 if lang == "cy" else 0

    def t(key: str) -> str:
        return MESSAGES[key][column]

    return t


def pick_language(cookie: str | None, accept_language: str | None) -> str:
    """The language: the switch's cookie first, then Accept-Language, else English."""
    if cookie in LANGS:
        return str(cookie)
    best: tuple[float, str] | None = None
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        lang = tag.strip().lower()[:2]
        if lang not in LANGS:
            continue
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if best is None or quality > best[0]:
            best = (quality, lang)
    return best[1] if best else "en"


def all_keys() -> Mapping[str, tuple[str, str]]:
    """Every message (the completeness test)."""
    return MESSAGES
