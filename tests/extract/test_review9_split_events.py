"""review9 Part B: one event told twice as wire copy does is one incident; two events told side by side stay two.

Self-written two- and three-sentence reports (issue 8, class DUPLICATE: one event split into two incidents at two
places). The table of one-event reports holds the ways the same event is told again (the city then its district,
"north of Baghdad" then Tarmiyah, the province then the town, a dateline city then the place, a toll told again with
other numbers, a headline and its lead, a lead and a source's account, an attempt on someone after the bomb that made
it); the two-event table holds the neighbours that must stay apart (two attacks in two towns, another incident told
apart, another day). An assassination attempt survived gives no one dead.
"""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents

ONE_EVENT = [
    'قتل شخصان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة في بغداد اليوم. وقال مصدر أمني إن العبوة انفجرت في منطقة الدورة جنوبي العاصمة.',
    'قتل ثلاثة جنود في هجوم شنه مسلحو داعش شمال بغداد اليوم. وأوضح مصدر أن الهجوم استهدف نقطة للجيش في قضاء الطارمية.',
    'انفجرت عبوة ناسفة في محافظة ديالى اليوم ما أدى إلى إصابة جنديين. وذكر مصدر أن الانفجار وقع في قضاء المقدادية.',
    'أصيب ثلاثة مدنيين بسقوط قذيفة هاون في محافظة ديالى، اليوم. وقال مصدر محلي إن القذيفة سقطت على منزل في قضاء المقدادية.',
    'بغداد - قتل شرطي وأصيب آخر بهجوم مسلح على نقطة تفتيش اليوم. وأفاد مصدر في الشرطة بأن الهجوم وقع في منطقة الحسينية شمال شرقي بغداد.',
    'قتل خمسة أشخاص بانفجار سيارة مفخخة في سوق بمدينة الصدر اليوم. وقال مصدر طبي إن حصيلة الانفجار ارتفعت إلى سبعة قتلى و12 جريحاً.',
    'سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية اليوم. وقال مصدر أمني إن الصواريخ أطلقت على القاعدة الواقعة في محافظة الأنبار.',
    'A roadside bomb killed two soldiers in Baghdad on Sunday. Police said the bomb went off in the Dora district in the south of the capital.',
    'Islamic State militants killed three soldiers north of Baghdad on Sunday. The attack targeted an army post in Tarmiyah, a security source said.',
    'A bomb wounded two soldiers in Diyala province on Sunday. The blast happened near Muqdadiyah, police said.',
    'BAGHDAD (AP) — Gunmen killed a police officer at a checkpoint on Sunday. The attack took place in the Husseiniya area northeast of Baghdad, police said.',
    'Three rockets struck Ain al-Asad air base on Sunday, security sources said. The base in Anbar province hosts U.S. troops; no casualties were reported.',
    'Drone strike hits PMF position near Qaim\nA drone struck a position of the Popular Mobilization Forces near al-Qaim in western Anbar on Sunday, killing two fighters.',
    'مقتل اثنين بقصف لطائرة مسيرة قرب القائم\nقتل اثنان من مقاتلي الحشد الشعبي بقصف لطائرة مسيرة استهدف موقعاً لهم قرب قضاء القائم غربي الأنبار اليوم.',
    'Gunmen killed a shepherd in a village near Khanaqin on Sunday. The shepherd was shot in the village of Qara Tapa, in the Khanaqin district of Diyala, police said.',
    'قتل مسلحون مجهولون راعي أغنام في قرية تابعة لقضاء خانقين اليوم. وقال مصدر إن الراعي قتل في قرية قره تبه التابعة لقضاء خانقين في ديالى.',
    'انفجرت عبوة ناسفة على دورية للشرطة في كركوك اليوم، ما أدى إلى مقتل شرطي. وأضاف المصدر أن الانفجار وقع في قضاء الحويجة جنوب غربي كركوك.',
    'A roadside bomb hit a police patrol in Kirkuk on Sunday, killing one officer. The bomb exploded in Hawija, southwest of Kirkuk city, a police source said.',
    'تظاهر العشرات في البصرة اليوم للمطالبة بفرص عمل. وتجمع المحتجون أمام مبنى قائمقامية قضاء الزبير.',
    'Dozens of people protested in Basra on Sunday demanding jobs. The protesters gathered outside the Zubair district office.',
    'مقتل جنديين بهجوم في ديالى\nقتل جنديان بانفجار عبوة ناسفة استهدفت دورية للجيش في ناحية أبي صيدا بمحافظة ديالى، اليوم.',
    'Two soldiers killed in attack in Diyala\nTwo soldiers were killed on Sunday when a roadside bomb hit their patrol in the Abu Saida subdistrict of Diyala province.',
    'Two Iraqi soldiers were killed in an Islamic State attack in northern Iraq on Sunday. The militants attacked an army post in the Makhmour area, a military statement said.',
    'قتل جنديان عراقيان في هجوم لتنظيم داعش شمالي العراق اليوم. وقال بيان عسكري إن مسلحي التنظيم هاجموا موقعاً للجيش في منطقة مخمور.',
    'A roadside bomb killed two soldiers in Tarmiyah late Saturday, police said on Sunday. The bomb struck an army vehicle near the town of Tarmiyah north of Baghdad.',
    'قتل مدني وأصيب اثنان بهجوم مسلح في محافظة صلاح الدين اليوم. وأفاد مصدر بأن مسلحين مجهولين أطلقوا النار على سيارة مدنية قرب مدينة سامراء.',
    'Gunmen killed a civilian and wounded two in Salahuddin province on Sunday. Unidentified gunmen opened fire on a car near the city of Samarra, a source said.',
    'Three people were killed in a bomb blast in Mosul on Sunday. A police officer said four people died and six were wounded when the bomb went off near a market in the Old City.',
    'قتل ثلاثة أشخاص بانفجار عبوة في الموصل اليوم. وقال ضابط في الشرطة إن أربعة أشخاص قتلوا وأصيب ستة عندما انفجرت العبوة قرب سوق في المدينة القديمة.',
    "A drone attack targeted Erbil airport late Sunday, the Kurdistan region's counterterrorism service said. The drone was shot down near the airport in Erbil, it said, and caused no casualties.",
    'استهدف هجوم بطائرة مسيرة مطار أربيل الدولي مساء اليوم. وقال جهاز مكافحة الإرهاب في إقليم كردستان إن الطائرة سقطت قرب المطار في أربيل دون أن تسفر عن إصابات.',
    'Gunmen attacked a checkpoint in Tarmiyah north of Baghdad on Sunday, killing two policemen. The attackers fired on the checkpoint at the entrance of the town from a nearby orchard. "The gunmen fled toward the orchards of Tarmiyah," a police officer told reporters.',
    'هاجم مسلحون نقطة تفتيش في قضاء الطارمية شمال بغداد اليوم، ما أسفر عن مقتل شرطيين. وأطلق المهاجمون النار على النقطة الواقعة عند مدخل القضاء من بستان قريب. وقال ضابط في الشرطة إن المسلحين فروا باتجاه بساتين الطارمية.',
    'Turkish artillery shelled villages in Duhok province on Sunday, local officials said. The shells hit the outskirts of the village of Kani Masi in the Amedi district, causing material damage.',
    'قصفت المدفعية التركية قرى في محافظة دهوك اليوم. وقال مسؤول محلي إن القذائف سقطت على أطراف ناحية كاني ماسي التابعة لقضاء العمادية وألحقت أضراراً مادية.',
    'Hundreds of people protested in Nasiriyah on Friday against power cuts. The protesters gathered in Haboubi Square in the city centre and chanted slogans.',
    'تظاهر المئات في الناصرية اليوم احتجاجاً على انقطاع الكهرباء. واحتشد المتظاهرون في ساحة الحبوبي وسط المدينة ورددوا هتافات.',
    'The coalition carried out an airstrike against Islamic State hideouts in the Hamrin mountains on Sunday. The strike hit a cave used by the militants northeast of Tuz Khurmatu, the statement said.',
    'نفذت طائرات التحالف ضربة جوية استهدفت مخابئ لداعش في سلسلة جبال حمرين اليوم. وأوضح البيان أن الضربة أصابت كهفاً يستخدمه المسلحون شمال شرقي طوز خورماتو.',
    'سقط صاروخ كاتيوشا في المنطقة الخضراء وسط بغداد اليوم. وقالت خلية الإعلام الأمني إن الصاروخ سقط قرب مبنى السفارة الأمريكية دون إصابات.',
    "A Katyusha rocket landed in Baghdad's Green Zone on Sunday. The rocket struck near the U.S. embassy compound, causing no casualties, the Security Media Cell said.",
    'Gunmen attacked an army post in Tarmiyah late on Saturday night, killing two soldiers. The attack began shortly after midnight on Sunday and lasted an hour, a security source said.',
    'هاجم مسلحو داعش موقعاً للجيش في قضاء الطارمية في ساعة متأخرة من ليلة السبت، ما أسفر عن مقتل جنديين. وقال مصدر أمني إن الهجوم بدأ بعد منتصف الليل واستمر ساعة.',
    'A roadside bomb killed two soldiers in Tarmiyah district on Sunday. The bomb hit their vehicle on a road near Mushahada, a security source said.',
    'قتل جنديان بانفجار عبوة ناسفة في قضاء الطارمية اليوم. وقال مصدر أمني إن العبوة استهدفت عجلتهم على طريق قرب ناحية المشاهدة.',
    'Mortar rounds struck a PMF base near Baiji on Sunday, wounding three fighters. The base was hit by three rockets fired from a nearby village, a PMF statement said.',
    'سقطت قذائف هاون على مقر للحشد الشعبي قرب بيجي اليوم، ما أدى إلى إصابة ثلاثة مقاتلين. وقال بيان للحشد إن المقر استهدف بثلاثة صواريخ أطلقت من قرية قريبة.',
    'A car bomb exploded near a market in Sadr City on Sunday, killing five people and wounding 12. The prime minister ordered an investigation. Security has improved in Baghdad in recent years, though attacks still occur. The blast in the Sadr City market was the deadliest this year, officials said.',
    'انفجرت سيارة مفخخة قرب سوق في مدينة الصدر اليوم، ما أسفر عن مقتل خمسة أشخاص وإصابة 12. ووجه رئيس الوزراء بفتح تحقيق. وتحسن الوضع الأمني في بغداد خلال السنوات الأخيرة. وقال مسؤولون إن انفجار سوق مدينة الصدر هو الأعنف هذا العام.',
    'Clashes broke out between the army and ISIS militants in the Hamrin mountains on Sunday. Two soldiers and four militants were killed in the fighting near the village of Albu Khaddou, the army said.',
    'اندلعت اشتباكات بين الجيش ومسلحي داعش في سلسلة جبال حمرين اليوم. وقال الجيش إن جنديين وأربعة مسلحين قتلوا في المعارك قرب قرية البو خدو.',
    'Gunmen kidnapped a shepherd near Tuz Khurmatu on Sunday. His body was later found in a nearby orchard, police said.',
    'خطف مسلحون مجهولون راعياً قرب قضاء طوز خورماتو اليوم. وعثرت الشرطة لاحقاً على جثته في بستان قريب.',
    'A roadside bomb targeted the convoy of a PMF commander in Diyala on Sunday. The commander survived the assassination attempt on the road between Baquba and Muqdadiyah.',
    'استهدفت عبوة ناسفة موكب قيادي في الحشد الشعبي في ديالى اليوم. ونجا القيادي من محاولة الاغتيال على الطريق بين بعقوبة والمقدادية.',
    'A Turkish drone struck a vehicle in the Kurdistan region on Sunday, killing two PKK members. The strike hit the car near the town of Sinjar, local officials said.',
    'قصفت طائرة مسيرة تركية سيارة في إقليم كردستان العراق اليوم، ما أسفر عن مقتل عنصرين من حزب العمال الكردستاني. وقال مسؤولون محليون إن الضربة أصابت السيارة قرب قضاء سنجار.',
    'Gunmen killed a farmer in Muqdadiyah on Sunday. Diyala police said the attackers fled to nearby orchards after the shooting.',
    'قتل مسلحون مجهولون مزارعاً في قضاء المقدادية اليوم. وقالت شرطة ديالى إن المهاجمين لاذوا بالفرار إلى البساتين القريبة بعد إطلاق النار.',
    'A bomb exploded at a market in Baquba on Sunday, wounding five people. It was the second attack in the province this week.',
    'انفجرت عبوة ناسفة في سوق ببعقوبة اليوم ما أدى إلى إصابة خمسة أشخاص. والهجوم هو الثاني في المحافظة هذا الأسبوع.',
    'Gunmen attacked a checkpoint in Hawija on Sunday, killing two policemen. Kirkuk police chief said the attackers were Islamic State militants. Security forces launched a search operation in the area.',
    'هاجم مسلحون نقطة تفتيش في قضاء الحويجة اليوم، ما أسفر عن مقتل شرطيين. وقال قائد شرطة كركوك إن المهاجمين من عناصر داعش. وباشرت القوات الأمنية عملية تفتيش في المنطقة.',
    'A drone strike killed two PMF fighters near al-Qaim on Sunday. The strike hit a vehicle near the border with Syria, the PMF said.',
    'قتل اثنان من مقاتلي الحشد الشعبي بضربة طائرة مسيرة قرب القائم اليوم. وقال الحشد إن الضربة استهدفت عجلة قرب الحدود مع سوريا.',
    'A car bomb killed four people in Kirkuk on Sunday. Prime Minister condemned the bombing in Kirkuk and ordered an investigation.',
    'قتل أربعة أشخاص بانفجار سيارة مفخخة في كركوك اليوم. وأدان رئيس الوزراء التفجير الذي شهدته محافظة كركوك ووجه بفتح تحقيق.',
    'Iraq: Two soldiers killed in ISIS attack\nTwo Iraqi soldiers were killed on Sunday when Islamic State militants attacked their post in Kirkuk province. The attack took place in the Wadi al-Shay area south of Kirkuk, a security source said.',
    'العراق: مقتل جنديين بهجوم لداعش\nقتل جنديان عراقيان اليوم بهجوم شنه مسلحو داعش على موقعهم في محافظة كركوك. وقال مصدر أمني إن الهجوم وقع في منطقة وادي الشاي جنوبي كركوك.',
    'Shells fired from Iran hit the outskirts of Penjwen district on Sunday. The shelling hit farmland near the village of Sharkhan, local officials said, causing no casualties.',
    'قصفت المدفعية الإيرانية أطراف قضاء بنجوين اليوم. وقال مسؤولون محليون إن القصف طال أراضي زراعية قرب قرية شرخان دون إصابات.',
    'Protesters stormed the provincial council building in Nasiriyah on Sunday. Security forces fired tear gas to disperse them outside the building.',
    'اقتحم محتجون مبنى مجلس محافظة ذي قار في الناصرية اليوم. وأطلقت القوات الأمنية الغاز المسيل للدموع لتفريقهم أمام المبنى.',
    'Security forces raided a house in Mosul on Sunday and arrested three Islamic State suspects. The raid took place in the al-Zuhur neighbourhood in eastern Mosul.',
    'داهمت القوات الأمنية منزلاً في الموصل اليوم واعتقلت ثلاثة مطلوبين من داعش. وجرت المداهمة في حي الزهور شرقي الموصل.',
    'Dozens of unemployed graduates protested outside the Rumaila oil field on Sunday. The protesters, from the city of Basra, blocked the main gate of the field.',
    'تظاهر العشرات من الخريجين العاطلين عن العمل أمام حقل الرميلة النفطي اليوم. وأغلق المحتجون القادمون من البصرة البوابة الرئيسية للحقل.',
    'A suicide bomber blew himself up at a funeral in the town of Tuz Khurmatu on Sunday, killing 10 people. The death toll from the bombing in Salahuddin province rose to 15, a health official said.',
    'فجر انتحاري نفسه في مجلس عزاء بقضاء طوز خورماتو اليوم، ما أسفر عن مقتل 10 أشخاص. وقال مسؤول في دائرة الصحة إن حصيلة التفجير في محافظة صلاح الدين ارتفعت إلى 15 قتيلاً.',
    "Hundreds rallied in Tahrir Square in Baghdad on Friday. Protests also took place in Baghdad province's Abu Ghraib.",
    'Security forces arrested three Islamic State suspects in Mosul on Sunday. The raid took place in eastern Mosul.',
    'Security forces raided a house in Mosul on Sunday and arrested three Islamic State suspects. The raid took place in the al-Zuhur neighbourhood in eastern Mosul.',
    'اعتقلت القوات الأمنية ثلاثة مطلوبين من داعش في الموصل اليوم. وجرت عملية المداهمة في الجانب الأيسر من المدينة.',
    'A roadside bomb killed two soldiers in Baiji on Sunday. The Salahuddin Operations Command said the bomb targeted an army vehicle on a rural road.',
    'قتل جنديان بانفجار عبوة ناسفة في قضاء بيجي اليوم. وقالت قيادة عمليات صلاح الدين إن العبوة استهدفت عجلة للجيش على طريق ريفي.',
    'A roadside bomb killed two soldiers in Tarmiyah on Sunday. The Baghdad Operations Command said the bomb targeted an army vehicle on a rural road.',
    'قتل جنديان بانفجار عبوة ناسفة في قضاء الطارمية اليوم. وقالت قيادة عمليات بغداد إن العبوة استهدفت عجلة للجيش على طريق ريفي.',
    'قتل جنديان بانفجار عبوة ناسفة في قضاء الرطبة اليوم. وذكرت قيادة عمليات الأنبار أن العبوة استهدفت دورية للجيش.',
    'Two soldiers were killed by a roadside bomb near Samarra on Sunday. Samarra Operations Command said the bomb hit their patrol.',
    'A roadside bomb killed two soldiers in Abu Ghraib west of Baghdad on Sunday. The bomb hit an army vehicle in the Zaidan area, a security source said.',
    'قتل جنديان بانفجار عبوة ناسفة في قضاء أبو غريب غربي بغداد اليوم. وقال مصدر أمني إن العبوة استهدفت عجلة للجيش في منطقة الزيدان.',
    'Gunmen killed a policeman in Baquba on Sunday. The officer was shot at his home in Buhriz, south of the city, police said.',
    'قتل مسلحون مجهولون شرطياً في بعقوبة اليوم. وقالت الشرطة إن الشرطي قتل بإطلاق نار أمام منزله في ناحية بهرز جنوبي المدينة.',
    'Two soldiers killed in Iraq\nTwo Iraqi soldiers were killed on Sunday when a roadside bomb struck their vehicle near Tarmiyah, north of Baghdad.',
    'مقتل جنديين في العراق\nقتل جنديان عراقيان اليوم بانفجار عبوة ناسفة استهدفت عجلتهما قرب قضاء الطارمية شمالي بغداد.',
    'An attack on a checkpoint in Kirkuk province killed two policemen on Sunday. Gunmen in a car opened fire on the checkpoint in the Dibis district, police said.',
    'قتل شرطيان بهجوم على نقطة تفتيش في محافظة كركوك اليوم. وقالت الشرطة إن مسلحين يستقلون سيارة أطلقوا النار على النقطة في قضاء الدبس.',
    'A drone struck a PMF headquarters in Jurf al-Sakhar on Sunday. Explosions were heard at the site, south of Baghdad, and the building was damaged.',
    'استهدفت طائرة مسيرة مقراً للحشد الشعبي في جرف الصخر اليوم. وسمع دوي انفجارات في الموقع جنوبي بغداد وتضرر المبنى.',
    "A car bomb exploded in Mosul on Sunday, killing three people. Nineveh police said the car was parked near a restaurant in the city's west.",
    'انفجرت سيارة مفخخة في الموصل اليوم، ما أسفر عن مقتل ثلاثة أشخاص. وقالت شرطة نينوى إن السيارة كانت مركونة قرب مطعم في الجانب الأيمن من المدينة.',
    'BAGHDAD (Reuters) - A suicide bomber killed at least 12 people at a checkpoint in Iraq\'s Anbar province on Sunday, police and medical sources said. The bomber detonated an explosives vest at the entrance of the town of Hit, west of Ramadi. "He walked up to the soldiers and blew himself up," a police officer in Hit said. Anbar has seen a series of attacks in recent months. The toll from the Hit bombing could rise, a hospital source said.',
    'بغداد - قتل 12 شخصاً على الأقل بتفجير انتحاري استهدف نقطة تفتيش في محافظة الأنبار اليوم، بحسب مصادر أمنية وطبية. وفجر الانتحاري حزاماً ناسفاً عند مدخل قضاء هيت غربي الرمادي. وقال ضابط في شرطة هيت إن الانتحاري اقترب من الجنود وفجر نفسه. وشهدت الأنبار سلسلة هجمات خلال الأشهر الأخيرة. وقال مصدر في المستشفى إن حصيلة تفجير هيت مرشحة للارتفاع.',
    'Three rockets hit a military base hosting U.S. troops near Baghdad airport late on Sunday, Iraqi security officials said. The Katyusha rockets landed inside the Victory base complex, causing no casualties. The Security Media Cell said the rockets were launched from the Jihad district of western Baghdad. No group claimed responsibility for the attack on the base.',
    'سقطت ثلاثة صواريخ كاتيوشا على قاعدة عسكرية تضم قوات أمريكية قرب مطار بغداد مساء اليوم، بحسب مسؤولين أمنيين. وسقطت الصواريخ داخل مجمع قاعدة فكتوريا دون أن تسفر عن إصابات. وقالت خلية الإعلام الأمني إن الصواريخ أطلقت من حي الجهاد غربي بغداد. ولم تتبن أي جهة الهجوم على القاعدة.',
    'تظاهرات غاضبة في ذي قار\nأحرق محتجون إطارات وقطعوا الطريق الرئيسي في الناصرية اليوم احتجاجاً على انقطاع الكهرباء.',
    'Protests erupt in Dhi Qar over power cuts\nProtesters burned tyres and blocked the main road in Nasiriyah on Sunday, angry over power cuts.',
    'Iraqi protesters took to the streets on Friday to demand jobs. In Baghdad, hundreds gathered in Tahrir Square.',
    'خرج محتجون عراقيون اليوم للمطالبة بفرص عمل. وفي بغداد، احتشد المئات في ساحة التحرير.',
    'Security forces fired live rounds at protesters in Dhi Qar province on Friday, wounding five. The shooting happened near the Zaytoun bridge in Nasiriyah, medics said.',
    'أطلقت القوات الأمنية الرصاص الحي على المتظاهرين في محافظة ذي قار اليوم ما أدى إلى إصابة خمسة. وقال مسعفون إن إطلاق النار وقع قرب جسر الزيتون في الناصرية.',
    'اندلع نزاع عشائري مسلح في محافظة ميسان اليوم أسفر عن مقتل شخصين. وقال مصدر إن النزاع وقع بين عشيرتين في ناحية كميت.',
    'A tribal clash in Maysan province killed two people on Sunday. The fighting broke out between two clans in the Kumait subdistrict, a police source said.',
    'The U.S.-led coalition said it carried out an airstrike in Iraq on Sunday that killed three Islamic State fighters. The strike hit a hideout in the Anbar desert near Rutba.',
    'أعلن التحالف الدولي تنفيذ ضربة جوية في العراق اليوم أسفرت عن مقتل ثلاثة من عناصر داعش. وأوضح أن الضربة استهدفت مخبأ في صحراء الأنبار قرب الرطبة.',
]

TWO_EVENTS = [
    'انفجرت عبوة ناسفة في قضاء الطارمية اليوم ما أدى إلى مقتل جندي. وفي حادث آخر، قتل مدني بهجوم مسلح في قضاء المقدادية.',
    'A roadside bomb killed a soldier in Tarmiyah on Sunday. In a separate attack, gunmen shot dead a civilian in Muqdadiyah.',
    'A roadside bomb hit an army patrol in Diyala on Sunday. In a separate incident, gunmen tried to assassinate a local official in Baquba, who survived.',
    'A roadside bomb hit an army patrol in Diyala on Sunday. Gunmen opened fire on the car of a local official in Baquba in an assassination attempt he survived.',
    'انفجرت عبوة ناسفة على دورية للجيش في ديالى اليوم. وأطلق مسلحون النار على سيارة مسؤول محلي في بعقوبة في محاولة لاغتياله نجا منها.',
    'انفجرت عبوة ناسفة على دورية للجيش في ديالى اليوم. وفي حادث منفصل، نجا مسؤول محلي من محاولة اغتيال في بعقوبة.',
    'A roadside bomb wounded two soldiers in Diyala on Sunday. On Friday, a tribal leader survived an assassination attempt in Baquba.',
    'Security forces arrested three Islamic State suspects in Mosul on Sunday. On Friday, a military operation in the desert west of Mosul killed five militants.',
    'اعتقلت القوات الأمنية ثلاثة مطلوبين في الموصل اليوم. وفي عملية منفصلة، دمرت القوات وكراً لداعش في صحراء الحضر.',
    'A drone struck a PMF headquarters in Jurf al-Sakhar on Sunday. In Kirkuk, a loud explosion was heard when a roadside bomb went off near a market, wounding three.',
    'استهدفت طائرة مسيرة مقراً للحشد الشعبي في جرف الصخر اليوم. وفي حادث منفصل، سمع دوي انفجار عبوة ناسفة في كركوك أدى إلى إصابة ثلاثة.',
    'A suicide bomber killed 12 people at a checkpoint in Anbar province on Sunday. A roadside bomb also wounded two soldiers near Haditha.',
    'قتل 12 شخصاً بتفجير انتحاري استهدف نقطة تفتيش في محافظة الأنبار اليوم. كما أصيب جنديان بانفجار عبوة ناسفة قرب قضاء حديثة.',
    'A suicide bomber killed 12 people at a checkpoint in Anbar province on Sunday. In a separate attack, a roadside bomb hit a patrol in Haditha, wounding two soldiers.',
]


@pytest.mark.parametrize("text", ONE_EVENT)
def test_one_event_told_twice_is_one_incident(text: str) -> None:
    assert len(incidents(text, "event_type")) == 1


@pytest.mark.parametrize("text", TWO_EVENTS)
def test_two_events_told_side_by_side_stay_two(text: str) -> None:
    assert len(incidents(text, "event_type")) == 2


@pytest.mark.parametrize("text", [
    "نجا قيادي في الحشد الشعبي من محاولة اغتيال في بعقوبة اليوم.",
    "A PMF commander survived an assassination attempt in Baquba on Sunday.",
    "Gunmen tried to assassinate a local official in Baquba on Sunday, but he survived.",
])
def test_an_attempt_survived_kills_no_one(text: str) -> None:
    assert incidents(text, "fatalities") == [None]


@pytest.mark.parametrize("text", [
    "اغتال مسلحون مجهولون ناشطاً في البصرة اليوم.",
    "Gunmen assassinated an activist in Basra on Sunday.",
])
def test_an_assassination_carried_out_kills_one(text: str) -> None:
    assert incidents(text, "fatalities") == [1]
