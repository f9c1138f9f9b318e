"""Policy talk that carries event words but reports no new event (issue 8, review8 adversarial probes).

Every phrasing here is self-written for this review, in the style of ordinary Iraqi news. The first
table holds sentences that gave an incident before the cue rows they name and must give none:

- an order or a decision about an operation («أمر القائد العام … بشن عملية», «قررت الحكومة إرسال
  تعزيزات»), a plan told in the present («داعش يخطط لشن هجمات»): not the operation;
- compensation for old damage («تعويض المتضررين من العمليات العسكرية») and an air force exercise against
  simulated targets («مناورات لقصف أهداف افتراضية»);
- a trial of men accused of an old killing, families of the kidnapped who demand to know their fate,
  an anniversary ('Sunday marks ten years since …'), analysis headlines ('why drone attacks keep happening').

Later tables: inquiries into an old event («لمعرفة ملابسات»), releases of detainees, the families of the
held, worries about a return («قلقهم من عودة التفجيرات») and the organisers of protests; officials' and
analysts' summaries (a capability lost, «ظاهرة الاغتيالات», «ما يحدث … من اختطاف», a tally since the start of
the year, «رأى المحلل أن», «يتخوف المزارعون من»); funerals and visits to the wounded («تشييع جثمان الجندي
الذي قتل في الهجوم», «يزور الجرحى الذين أصيبوا في التفجير»).

Each table of non-events is followed by one that keeps the neighbours firing: the same words beside an event
the sentence reports.
"""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents


def kinds_and_places(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "location")


@pytest.mark.parametrize("text", [
    # orders, decisions and plans (cues.yaml policy, future)
    "أمر القائد العام للقوات المسلحة بشن عملية عسكرية لملاحقة الخلايا الإرهابية في وادي حوران.",
    "قررت الحكومة إرسال تعزيزات عسكرية إلى قضاء سنجار.",
    "قررت قيادة العمليات المشتركة نشر قوات إضافية في قضاء طوزخورماتو.",
    "أكد مسؤول أمني أن داعش يخطط لشن هجمات على قرى قضاء خانقين.",
    # compensation, exercises (policy)
    "قررت محافظة نينوى تعويض المتضررين من العمليات العسكرية في الجانب الأيمن من الموصل.",
    "أجرت القوة الجوية مناورات لقصف أهداف افتراضية في صحراء النخيب.",
    # court news, demands about old events (policy), the victims' families (reference_point)
    "A trial opened in Erbil for suspects accused of killing a journalist in Sulaymaniyah.",
    "Rights groups demanded accountability for the killing of activists in Basra.",
    "Families of the kidnapped in Saqlawiya demanded to know their fate.",
    # anniversaries (reference_point), habits (habitual)
    "Sunday marks ten years since Islamic State fighters overran Mosul.",
    "It has been ten years since Islamic State fighters overran Mosul.",
    "Analysis: Why drone attacks on Erbil keep happening",
])
def test_policy_talk_gives_no_incident(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    # an order named as a noun («بأمر من»): the operation carried out today
    ("نفذت القوات الأمنية اليوم عملية عسكرية في وادي حوران بأمر من القائد العام للقوات المسلحة.", ("Other", "Wadi Horan")),
    # the decision, the demand for compensation told after the event
    ("اقتحم مسلحون منزلاً في قضاء الخالص فجر اليوم وقتلوا صاحبه، وقررت قيادة الشرطة فتح تحقيق.",
     ("Attack", "Khalis District")),
    ("قتل مدنيان بقصف تركي على قرية في قضاء زاخو صباح اليوم، وطالب الأهالي بتعويضهم.",
     ("Shelling/artillery/missile attack", "Zakho District")),
    # the man arrested was planning attacks: the arrest is the news
    ("اعتقلت القوات الأمنية في كركوك اليوم إرهابياً كان يخطط لتنفيذ هجمات.", ("Arrests", "Kirkuk")),
    # men accused of a killing, arrested today
    ("Police arrested two men accused of killing a journalist in Basra on Monday.", ("Arrests", "Basra")),
    # a demand told after the bombing
    ("A roadside bomb killed two soldiers in Tarmiyah on Monday; their families demanded an investigation.",
     ("Remote explosive/landmine/IED", "Tarmiyah")),
    # a killing on a day, then a span of years: only 'marks … since' is the anniversary
    ("Gunmen killed a shepherd near Sinjar on Sunday, ten years since Islamic State overran the town.",
     ("Attack", "Sinjar")),
    # the habit, then a day of its own
    ("Drone attacks on Erbil airport keep happening; on Monday a drone struck a hangar there.",
     ("Air/drone strike", "Erbil International Airport")),
])
def test_neighbours_still_fire(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds_and_places(text)


#: Inquiries, releases, the families of the held, worries and the people who run protests.
@pytest.mark.parametrize("text", [
    "تتواصل التحقيقات لمعرفة ملابسات اغتيال الناشط في كربلاء.",
    "Investigations continue into the circumstances of the activist's assassination in Karbala.",
    "أفرجت السلطات عن 20 متظاهراً اعتقلوا خلال احتجاجات البصرة.",
    "Authorities released 20 protesters detained during the Basra demonstrations.",
    "Police released 30 protesters arrested in Basra last week.",
    "لا تزال عائلة الصحفي المختطف في البصرة تنتظر أي معلومة عن مصيره.",
    "Residents of Sinjar still await news of relatives abducted by Islamic State.",
    "أبدى الأهالي في قضاء طوزخورماتو قلقهم من عودة التفجيرات.",
    "أعرب المحافظ عن قلقه من تزايد الاغتيالات في البصرة.",
    "Protest organisers called for a mass demonstration in Tahrir Square on Friday.",
])
def test_inquiries_releases_and_worries_give_no_incident(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Security forces freed three hostages in a raid in Kirkuk on Monday.", ("Other", "Kirkuk")),
    ("حررت القوات الأمنية ثلاثة مختطفين في كركوك اليوم.", ("Other", "Kirkuk")),
    ("اختطف مسلحون صحفياً في البصرة مساء أمس، وتطالب عائلته بالإفراج عنه.", ("Abduction/forced disappearance", "Basra")),
    ("Police released a statement saying a bomb killed three people in Baghdad on Monday.",
     ("Remote explosive/landmine/IED", "Baghdad")),
    ("Investigators said the bomb that exploded in Karrada on Monday was planted in a parked car.",
     ("Remote explosive/landmine/IED", "Karrada")),
    ("أعرب المحافظ عن قلقه من الهجوم الذي استهدف قرية في قضاء المقدادية فجر اليوم.", ("Armed clash", "Muqdadiya District")),
    ("The minister praised the forces that killed 10 militants in the Anbar desert on Monday.",
     ("Armed clash", "Anbar desert (Badiya)")),
    ("أشاد القائد بالقوات التي قتلت خمسة إرهابيين في وادي حوران اليوم.", ("Armed clash", "Wadi Horan")),
    ("Protest organisers said thousands marched in Nasiriyah on Friday.", ("Peaceful protest", "Nasiriyah")),
    ("قالت مصادر إن القوات التي تستعد لاقتحام المدينة تعرضت لهجوم بعبوة ناسفة قرب تلعفر صباح اليوم.",
     ("Remote explosive/landmine/IED", "Tal Afar")),
])
def test_neighbours_of_inquiries_releases_and_worries_still_fire(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds_and_places(text)


#: Officials' and analysts' summaries: a capability, a phenomenon, what keeps happening, incidents over a past
#: period, a tally of arrests since the start of the year, an opinion, a fear.
@pytest.mark.parametrize("text", [
    "وبين أن داعش فقد قدرته على شن هجمات واسعة، لكنه ما زال يحتفظ بخلايا نائمة في جبال حمرين.",
    "Islamic State has lost its ability to launch large attacks in the Hamrin mountains.",
    "وأشار المحافظ إلى أن ظاهرة الاغتيالات عادت إلى الواجهة في البصرة.",
    "وقال النائب إن ما يحدث في جرف الصخر من اختطاف وتغييب قسري يجب أن يتوقف.",
    "وقال إن المحافظة شهدت خلال الفترة الماضية عدة حوادث اغتيال استهدفت ناشطين في البصرة.",
    "وكشف المتحدث عن اعتقال 300 متهم بالإرهاب منذ بداية العام في الأنبار.",
    "ورأى المحلل أن القصف الأمريكي على جرف الصخر رسالة إلى طهران.",
    "ويتخوف المزارعون في قضاء خانقين من انفجار مخلفات الحرب في أراضيهم.",
])
def test_summaries_and_opinions_give_no_incident(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    ("اعتقلت القوات الأمنية 12 إرهابياً في عملية بقضاء الحويجة اليوم.", ("Arrests", "Hawija District")),
    ("أعلنت القوات الأمنية اعتقال 15 مطلوباً خلال عملية دهم في قضاء الطارمية فجر اليوم.", ("Arrests", "Tarmiyah District")),
    ("رأى شهود عيان طائرة مسيرة تقصف موقعاً في جرف الصخر فجر اليوم.", ("Air/drone strike", "Jurf al-Sakhar")),
    ("وقال المحلل إن طائرة مسيرة قصفت مقراً للحشد في القائم فجر اليوم.", ("Air/drone strike", "Al-Qaim")),
    ("انفجرت عبوة ناسفة في قضاء الخالص صباح اليوم، في ظاهرة باتت تتكرر.",
     ("Remote explosive/landmine/IED", "Khalis District")),
    ("شهدت البصرة مساء أمس عدة انفجارات متتالية في منطقة الزبير.", ("Remote explosive/landmine/IED", "Zubair")),
    # a fear voiced after what happened («بعد أن سقطت»): the shell fell (events._special_cue, as _PAST_CLAUSE
    # already shields a future or policy cue)
    ("يتخوف الأهالي بعد أن سقطت قذيفة هاون على منزل في قضاء الطارمية مساء أمس.",
     ("Shelling/artillery/missile attack", "Tarmiyah District")),
    ("Islamic State militants attacked an army post in the Hamrin mountains on Monday, showing their ability to strike.",
     ("Armed clash", "Hamrin mountains")),
])
def test_neighbours_of_summaries_still_fire(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds_and_places(text)


#: Funerals and visits to the wounded name the killing or the bombing in a relative clause; they do not tell it.
@pytest.mark.parametrize("text", [
    "تشييع جثمان الجندي الذي قتل في الهجوم على قضاء الطارمية.",
    "شيع أهالي الناصرية جثمان الناشط الذي اغتيل برصاص مجهولين.",
    "محافظ ديالى يزور الجرحى الذين أصيبوا في التفجير الإرهابي في بعقوبة.",
    "زار وزير الصحة المصابين الذين جرحوا في انفجار سوق الكرادة.",
    "Hundreds attended the funeral of a soldier killed in the attack in Tarmiyah.",
])
def test_funerals_and_visits_give_no_incident(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    # the relative clause with a time of its own, the killing told before the funeral or without a relative
    ("شيع أهالي الناصرية جثمان الناشط الذي اغتيل برصاص مجهولين مساء أمس.", ("Attack", "Nasiriyah")),
    ("Hundreds attended the funeral of a soldier killed in the attack in Tarmiyah on Monday.", ("Armed clash", "Tarmiyah")),
    ("قتل جندي بهجوم في الطارمية فجر اليوم، وشيع جثمانه في المساء.", ("Armed clash", "Tarmiyah")),
    ("شيع أهالي الناصرية اليوم جثمان ناشط قتل برصاص مجهولين مساء أمس في المدينة.", ("Attack", "Nasiriyah")),
    # an event during the funeral, a visit after a bombing of the morning
    ("قتل مدني برصاص مجهولين خلال تشييع جنازة في قضاء الشطرة.", ("Attack", "Shatra District")),
    ("زار المحافظ المصابين في المستشفى بعد انفجار عبوة ناسفة في سوق بعقوبة صباح اليوم.",
     ("Remote explosive/landmine/IED", "Baqubah")),
])
def test_neighbours_of_funerals_and_visits_still_fire(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds_and_places(text)
