"""An audit of the event words of each language reports come in: for each, sentences written for these tests the
way that language's press tells rocket fire, missiles, drones, air strikes, a state's drone strikes, shelling,
blasts and interceptions, with the verbs it uses (past, passive, the verbal noun), each with its day and a place
the gazetteer holds. Every row added to ``data/extract_triggers.csv`` (and the ``drone_instrument`` words,
the actors and the role rule the audit needed) is told here by at least one sentence; sentences whose type held
before the audit stay here too, so that no row added changes them, and sentences of a common word make no draft.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report

#: Thursday 7 March 2024: Tuesday is the 5th.
PUBLISHED = "2024-03-07"
TUESDAY = "2024-03-05"

#: (sentence, published, event type, target place id): each sentence tells one event on Tuesday 5 March 2024.
TOLD = [
    # Arabic: rocket salvos and rocket fire by the adjective (صاروخية), the ل and ب joined to the noun
    ("أطلق حزب الله يوم الثلاثاء رشقة صاروخية على كريات شمونة.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("تعرضت قاعدة عين الأسد يوم الثلاثاء لقصف صاروخي.", PUBLISHED, "rocket_attack", "iq-ain-al-asad-air-base"),
    ("قصف صاروخي استهدف قاعدة عين الأسد يوم الثلاثاء.", PUBLISHED, "rocket_attack", "iq-ain-al-asad-air-base"),
    # Arabic: artillery by its shells and mortars, its shelling with a particle joined
    ("استهدفت المدفعية الإسرائيلية بلدة كفر كلا بالقذائف يوم الثلاثاء.", PUBLISHED, "artillery", "lb-kfar-kila"),
    ("تعرضت أطراف بلدة شبعا يوم الثلاثاء لقصف مدفعي إسرائيلي.", PUBLISHED, "artillery", "lb-shebaa"),
    ("سقطت قذائف هاون يوم الثلاثاء في الخيام.", PUBLISHED, "artillery", "lb-khiam"),
    ("سقطت قذيفة يوم الثلاثاء في بلدة الخيام.", PUBLISHED, "artillery", "lb-khiam"),
    ("طال القصف المدفعي الإسرائيلي يوم الثلاثاء أطراف كفر كلا.", PUBLISHED, "artillery", "lb-kfar-kila"),
    # Arabic: warplanes, raids and bombardment with ل joined; the state named as a noun after its verb
    ("شنت طائرات حربية إسرائيلية يوم الثلاثاء غارة على بلدة الخيام.", PUBLISHED, "air_strike", "lb-khiam"),
    ("شن الطيران الحربي الإسرائيلي يوم الثلاثاء سلسلة غارات على الخيام.", PUBLISHED, "air_strike", "lb-khiam"),
    ("تعرضت بلدة الخيام يوم الثلاثاء لغارة إسرائيلية.", PUBLISHED, "air_strike", "lb-khiam"),
    ("قصفت إسرائيل يوم الثلاثاء بلدة الخيام.", PUBLISHED, "air_strike", "lb-khiam"),
    ("استهدف الجيش الإسرائيلي يوم الثلاثاء بلدة الخيام.", PUBLISHED, "air_strike", "lb-khiam"),
    # Arabic: a state's drone that carried out the raid
    ("نفذت طائرة مسيرة إسرائيلية يوم الثلاثاء غارة على سيارة في الخيام.", PUBLISHED, "drone_strike", "lb-khiam"),
    ("An Israeli drone carried out a strike on a car in Khiam on Tuesday.", PUBLISHED, "drone_strike", "lb-khiam"),
    # Arabic: a suicide drone; the air defences that confronted a drone
    ("استهدفت مسيرة انتحارية يوم الثلاثاء قاعدة عين الأسد.", PUBLISHED, "drone_attack", "iq-ain-al-asad-air-base"),
    ("تصدت الدفاعات الجوية يوم الثلاثاء لطائرة مسيرة فوق قاعدة عين الأسد.", PUBLISHED, "interception",
     "iq-ain-al-asad-air-base"),
    # Persian: rocket attacks, suicide drones, fighter jets and warplanes, artillery, mortars and shelling (split at
    # the half-space), explosions, air defences activated, the generic "targeted"; a name before را is what was hit
    ("روز سه‌شنبه پایگاه عین الاسد هدف حمله راکتی قرار گرفت.", PUBLISHED, "rocket_attack", "iq-ain-al-asad-air-base"),
    ("روز سه‌شنبه پهپادهای انتحاری به پایگاه عین الاسد حمله کردند.", PUBLISHED, "drone_attack",
     "iq-ain-al-asad-air-base"),
    ("روز سه‌شنبه یک پهپاد انتحاری به پایگاه عین الاسد اصابت کرد.", PUBLISHED, "drone_attack",
     "iq-ain-al-asad-air-base"),
    ("روز سه‌شنبه جنگنده‌های آمریکایی حدیده را هدف قرار دادند.", PUBLISHED, "air_strike", "ye-hodeidah"),
    ("روز سه‌شنبه هواپیماهای جنگی اسرائیل بیروت را بمباران کردند.", PUBLISHED, "air_strike", "lb-beirut"),
    ("روز سه‌شنبه اسرائیل بیروت را هدف قرار داد.", PUBLISHED, "air_strike", "lb-beirut"),
    ("روز سه‌شنبه توپخانه اسرائیل شهرک خیام را گلوله‌باران کرد.", PUBLISHED, "artillery", "lb-khiam"),
    ("روز سه‌شنبه ارتش اسرائیل خیام را گلوله باران کرد.", PUBLISHED, "artillery", "lb-khiam"),
    ("روز سه‌شنبه چند خمپاره به خیام اصابت کرد.", PUBLISHED, "artillery", "lb-khiam"),
    ("روز سه‌شنبه انفجارهایی در اصفهان گزارش شد.", PUBLISHED, "explosion", "ir-isfahan"),
    ("روز سه‌شنبه پایگاه عین الاسد هدف قرار گرفت.", PUBLISHED, "other", "iq-ain-al-asad-air-base"),
    ("روز سه‌شنبه فعال شدن پدافند هوایی در اصفهان گزارش شد.", PUBLISHED, "interception", "ir-isfahan"),
    ("روز سه‌شنبه پدافند هوایی فعال شد و پهپادی در اصفهان رهگیری شد.", PUBLISHED, "interception", "ir-isfahan"),
    # Turkish: the generic verbs (saldırdı, bombaladı, hedef aldı) and the accusative after a rounded vowel
    # (Beyrut'u); rocket fire, drones with their case, artillery, howitzers and mortars; air defences activated; a
    # descriptor's own case ending (üssüne, havalimanına) is the name's
    ("İsrail Salı günü Beyrut'a saldırdı.", PUBLISHED, "air_strike", "lb-beirut"),
    ("İsrail savaş uçakları Salı günü Beyrut'u bombaladı.", PUBLISHED, "air_strike", "lb-beirut"),
    ("İsrail Salı günü Beyrut'u vurdu.", PUBLISHED, "air_strike", "lb-beirut"),
    ("İsrail Salı günü Beyrut'u hedef aldı.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Salı günü Beyrut hedef alındı.", PUBLISHED, "other", "lb-beirut"),
    ("Salı günü Beyrut vuruldu.", PUBLISHED, "other", "lb-beirut"),
    ("Salı günü Beyrut bombalandı.", PUBLISHED, "other", "lb-beirut"),
    ("Hizbullah Salı günü Kiryat Şmona'ya roket ateşi açtı.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("Salı günü Ayn el-Esad üssüne roketli saldırı düzenlendi.", PUBLISHED, "rocket_attack",
     "iq-ain-al-asad-air-base"),
    ("Salı günü Erbil havalimanına insansız hava aracıyla saldırı düzenlendi.", PUBLISHED, "drone_attack",
     "iq-erbil-international-airport"),
    ("Salı günü Kamışlı'ya kamikaze dronlarla saldırı yapıldı.", PUBLISHED, "drone_attack", "sy-qamishli"),
    ("Salı günü Kamışlı'ya bir dronla saldırı düzenlendi.", PUBLISHED, "drone_attack", "sy-qamishli"),
    ("İsrail topçusu Salı günü Beyrut'u vurdu.", PUBLISHED, "artillery", "lb-beirut"),
    ("Türk ordusu Salı günü Kamışlı'yı top atışıyla vurdu.", PUBLISHED, "artillery", "sy-qamishli"),
    ("Salı günü Kamışlı'ya obüs atışı yapıldı.", PUBLISHED, "artillery", "sy-qamishli"),
    ("Salı günü Kamışlı'ya havan topu mermileri düştü.", PUBLISHED, "artillery", "sy-qamishli"),
    ("Salı günü Kamışlı'ya topçu mermileri düştü.", PUBLISHED, "artillery", "sy-qamishli"),
    ("Salı günü Kamışlı'ya havan saldırısı düzenlendi.", PUBLISHED, "artillery", "sy-qamishli"),
    ("Salı günü Kamışlı'ya topçu birlikleri ateş açtı.", PUBLISHED, "artillery", "sy-qamishli"),
    ("Salı günü Eilat'ta hava savunma sistemleri devreye girdi.", PUBLISHED, "interception", "il-eilat"),
    ("Salı günü Eilat'ta hava savunması devreye girdi.", PUBLISHED, "interception", "il-eilat"),
    ("Salı günü Eilat üzerinde füzeler havada imha edildi.", PUBLISHED, "interception", "il-eilat"),
    # Hebrew: who fires (ירה, שיגר; Hezbollah by its Hebrew names), the generic verbs (תקפה, הפציצו, פגע) and the
    # object marker את before what was hit, fighter jets, artillery, shells, mortars and shelling, a blast, a missile
    # intercepted over a town (מעל, as "over")
    ("ביום שלישי חזבאללה ירה רקטות לעבר קריית שמונה.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("ביום שלישי חיזבאללה שיגר מטח רקטות לעבר קריית שמונה.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("ביום שלישי ישראל תקפה בביירות.", PUBLISHED, "air_strike", "lb-beirut"),
    ("ביום שלישי תקפו מטוסי קרב ישראליים בביירות.", PUBLISHED, "air_strike", "lb-beirut"),
    ("ביום שלישי הפציצו מטוסי חיל האוויר את ביירות.", PUBLISHED, "air_strike", "lb-beirut"),
    ("ביום שלישי צה\"ל הפציץ יעדים בביירות.", PUBLISHED, "air_strike", "lb-beirut"),
    ("ביום שלישי חיל האוויר הפציצה מבנה בביירות.", PUBLISHED, "air_strike", "lb-beirut"),
    ("ביום שלישי צה\"ל פגע במטרות בביירות.", PUBLISHED, "air_strike", "lb-beirut"),
    ("ביום שלישי צה\"ל פגעה במבנה בביירות.", PUBLISHED, "air_strike", "lb-beirut"),
    ("ביום שלישי מטוסי צה\"ל פגעו במבנה בביירות.", PUBLISHED, "air_strike", "lb-beirut"),
    ("ביום שלישי הפגיז צה\"ל את דרום לבנון.", PUBLISHED, "artillery", "lb-south-lebanon"),
    ("ביום שלישי הפגיזו כוחות צה\"ל את דרום לבנון.", PUBLISHED, "artillery", "lb-south-lebanon"),
    ("ביום שלישי ארטילריה הפגיזה את דרום לבנון.", PUBLISHED, "artillery", "lb-south-lebanon"),
    ("ביום שלישי תקף צה\"ל בארטילריה בדרום לבנון.", PUBLISHED, "artillery", "lb-south-lebanon"),
    ("ביום שלישי ירה צה\"ל פגזים לעבר דרום לבנון.", PUBLISHED, "artillery", "lb-south-lebanon"),
    ("ביום שלישי נפל פגז בדרום לבנון.", PUBLISHED, "artillery", "lb-south-lebanon"),
    ("ביום שלישי הפגזות ארטילריות פגעו בדרום לבנון.", PUBLISHED, "artillery", "lb-south-lebanon"),
    ("ביום שלישי הפגזה כבדה פגעה בדרום לבנון.", PUBLISHED, "artillery", "lb-south-lebanon"),
    ("ביום שלישי אש ארטילרית פגעה בדרום לבנון.", PUBLISHED, "artillery", "lb-south-lebanon"),
    ("ביום שלישי נורו פצצות מרגמה לעבר קריית שמונה.", PUBLISHED, "artillery", "il-kiryat-shmona"),
    ("ביום שלישי רחפן נפץ התפוצץ באילת.", PUBLISHED, "drone_attack", "il-eilat"),
    ("ביום שלישי מכונית התפוצצה בביירות.", PUBLISHED, "explosion", "lb-beirut"),
    ("ביום שלישי יורט טיל מעל אילת.", PUBLISHED, "interception", "il-eilat"),
    # French: salvos that fell (s'est abattue), the target of rockets, missile and drone attacks (au missile, au
    # drone), fighter jets and warplanes (avions de chasse, de guerre), the artillery with its article elided, shells and
    # mortar rounds, a blast (déflagration) that shook a town, air defences activated, the generic ciblé / visé /
    # pilonné and the passives (a été frappée, ont été bombardés)
    ("Mardi, une salve de roquettes s'est abattue sur Kiryat Shmona.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("Mardi, la base d'Aïn al-Assad a été la cible de roquettes.", PUBLISHED, "rocket_attack", "iq-ain-al-asad-air-base"),
    ("Mardi, l'Iran a mené une attaque au missile contre Erbil.", PUBLISHED, "missile_attack", "iq-erbil"),
    ("Mardi, une attaque de missiles a frappé Kiryat Shmona.", PUBLISHED, "missile_attack", "il-kiryat-shmona"),
    ("Mardi, une attaque au drone a visé l'aéroport d'Erbil.", PUBLISHED, "drone_attack", "iq-erbil-international-airport"),
    ("Mardi, des avions de chasse israéliens ont frappé Beyrouth.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Mardi, des avions de guerre israéliens ont bombardé Beyrouth.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Mardi, des avions de combat ont bombardé Hodeïda.", PUBLISHED, "air_strike", "ye-hodeidah"),
    ("Mardi, l'artillerie israélienne a pilonné Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Mardi, des tirs d'artillerie ont visé Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Mardi, l'armée israélienne a bombardé Khiam à l'artillerie.", PUBLISHED, "artillery", "lb-khiam"),
    ("Mardi, des obus de mortier sont tombés sur Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Mardi, des obus sont tombés sur Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Mardi, des tirs de mortier ont touché Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Mardi, Khiam a été pilonnée par l'artillerie israélienne.", PUBLISHED, "artillery", "lb-khiam"),
    ("Mardi, une forte explosion a secoué Beyrouth.", PUBLISHED, "explosion", "lb-beirut"),
    ("Mardi, une déflagration a été entendue à Beyrouth.", PUBLISHED, "explosion", "lb-beirut"),
    ("Mardi, les défenses aériennes ont été activées à Eilat.", PUBLISHED, "interception", "il-eilat"),
    ("Mardi, Israël a ciblé Beyrouth.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Mardi, Israël a visé Beyrouth.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Mardi, Beyrouth a été frappée.", PUBLISHED, "other", "lb-beirut"),
    ("Mardi, des quartiers de Beyrouth ont été bombardés.", PUBLISHED, "other", "lb-beirut"),
    # Spanish: bombardeó is a generic 'bombed' (shelling when artillery is named), the passives (fue atacada,
    # fueron bombardeadas; not fue alcanzada, "was reached" too), golpeó, air raids (incursión aérea), artillery fire
    # and bombardment, shells and mortar rounds, a car bomb that exploded, air defences activated
    ("El martes, el ejército israelí bombardeó con artillería las afueras de Shebaa.", PUBLISHED, "artillery",
     "lb-shebaa"),
    ("El martes, la artillería israelí bombardeó Shebaa.", PUBLISHED, "artillery", "lb-shebaa"),
    # (the outskirts of a town are where fire hit, its verb however far back; from them, where it came from)
    ("El martes, fuerzas israelíes bombardearon con artillería y tanques las afueras de Shebaa.", PUBLISHED,
     "artillery", "lb-shebaa"),
    ("El martes, cazas israelíes bombardearon Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("El martes, Israel bombardeó Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("El martes, un bombardeo de artillería alcanzó Shebaa.", PUBLISHED, "artillery", "lb-shebaa"),
    ("El martes, fuego de artillería alcanzó Shebaa.", PUBLISHED, "artillery", "lb-shebaa"),
    ("El martes, proyectiles de mortero cayeron en Shebaa.", PUBLISHED, "artillery", "lb-shebaa"),
    ("El martes, granadas de mortero cayeron en Shebaa.", PUBLISHED, "artillery", "lb-shebaa"),
    ("El martes, fuego de mortero alcanzó Shebaa.", PUBLISHED, "artillery", "lb-shebaa"),
    ("El martes, varios morteros cayeron en Shebaa.", PUBLISHED, "artillery", "lb-shebaa"),
    ("El martes, obuses israelíes cayeron en Shebaa.", PUBLISHED, "artillery", "lb-shebaa"),
    ("El martes, un obús cayó en Shebaa.", PUBLISHED, "artillery", "lb-shebaa"),
    ("El martes, Israel llevó a cabo una incursión aérea en Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("El martes, Israel golpeó Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("El martes, la base de Ain al-Asad fue atacada con cohetes.", PUBLISHED, "rocket_attack", "iq-ain-al-asad-air-base"),
    ("El martes, Beirut fue atacada.", PUBLISHED, "other", "lb-beirut"),
    ("El martes, las afueras de Shebaa fueron bombardeadas.", PUBLISHED, "other", "lb-shebaa"),
    ("El martes, la base de Ain al-Asad fue blanco de drones.", PUBLISHED, "drone_attack", "iq-ain-al-asad-air-base"),
    ("El martes, un coche bomba estalló en Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("El martes se activaron las defensas antiaéreas en Eilat.", PUBLISHED, "interception", "il-eilat"),
    # German: the place fired at before the participle (wurde ... beschossen), kamikaze and suicide drones, mortar
    # rounds, artillery fire and shells as nouns of attack, a detonation, an exploding car bomb, a blast that rocked a
    # town, air defence activated; a state after the verb and its nominative article is the verb's subject
    ("Am Dienstag wurde Kiryat Schmona mit Raketen beschossen.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("Am Dienstag wurde Khiam mit Artillerie beschossen.", PUBLISHED, "artillery", "lb-khiam"),
    ("Am Dienstag griffen Kamikazedrohnen Erbil an.", PUBLISHED, "drone_attack", "iq-erbil"),
    ("Am Dienstag griffen Selbstmorddrohnen Erbil an.", PUBLISHED, "drone_attack", "iq-erbil"),
    ("Am Dienstag schlugen Mörsergranaten in Khiam ein.", PUBLISHED, "artillery", "lb-khiam"),
    ("Am Dienstag gab es Artilleriefeuer auf Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Am Dienstag gab es Mörserbeschuss auf Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Am Dienstag gab es Granatenbeschuss auf Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Am Dienstag schlugen Artilleriegranaten in Khiam ein.", PUBLISHED, "artillery", "lb-khiam"),
    ("Am Dienstag erschütterte eine heftige Explosion Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("Am Dienstag gab es eine Detonation in Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("Am Dienstag waren in Beirut mehrere Detonationen zu hören.", PUBLISHED, "explosion", "lb-beirut"),
    ("Am Dienstag explodierte eine Autobombe in Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("Am Dienstag explodierten zwei Sprengsätze in Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("Am Dienstag wurde über Eilat die Luftabwehr aktiviert.", PUBLISHED, "interception", "il-eilat"),
    ("Am Dienstag hat die Armee in Eilat die Luftabwehr aktiviert.", PUBLISHED, "interception", "il-eilat"),
    # Russian: who fired (выпустила), attacked (атаковал) and struck (ударил, разбомбили), the passives (был
    # атакован, подвергся атаке / обстрелу), fighter jets and warplanes, rocket and artillery shelling in their cases,
    # artillery, mortars, exploded and a car bomb, intercepted (he), air defence at work; a cue right before a weekday
    # is the date's ("Во вторник Иран": Iran no target)
    ("Во вторник «Хезболла» выпустила реактивные снаряды по Кирьят-Шмоне.", PUBLISHED, "rocket_attack",
     "il-kiryat-shmona"),
    ("Во вторник Кирьят-Шмона подверглась ракетному обстрелу.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("Во вторник Израиль атаковал Бейрут.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Во вторник израильские истребители атаковали Бейрут.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Во вторник израильская авиация атаковала Бейрут.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Во вторник израильские военные самолеты разбомбили здание в Бейруте.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Во вторник Израиль разбомбил здание в Бейруте.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Во вторник Израиль ударил по Бейруту.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Во вторник Бейрут подвергся атаке.", PUBLISHED, "other", "lb-beirut"),
    ("Во вторник Бейрут был атакован.", PUBLISHED, "other", "lb-beirut"),
    ("Во вторник израильская артиллерия обстреляла Хиам.", PUBLISHED, "artillery", "lb-khiam"),
    ("Во вторник израильская армия обстреляла Хиам из артиллерии.", PUBLISHED, "artillery", "lb-khiam"),
    ("Во вторник Хиам подвергся артиллерийскому обстрелу.", PUBLISHED, "artillery", "lb-khiam"),
    ("Во вторник Хиам подвергся минометному обстрелу.", PUBLISHED, "artillery", "lb-khiam"),
    ("Во вторник по Хиаму были выпущены минометные снаряды.", PUBLISHED, "artillery", "lb-khiam"),
    ("Во вторник в Бейруте взорвался заминированный автомобиль.", PUBLISHED, "explosion", "lb-beirut"),
    ("Во вторник в Бейруте взорвалась машина.", PUBLISHED, "explosion", "lb-beirut"),
    ("Во вторник «Железный купол» перехватил ракеты над Эйлатом.", PUBLISHED, "interception", "il-eilat"),
    ("Во вторник над Эйлатом сработала система ПВО.", PUBLISHED, "interception", "il-eilat"),
    # Italian: salvos that fell (si è abbattuta: not abbattuta, shot down), missile attacks, warplanes, targeted (preso
    # di mira), the passives (è stata colpita, sono stati bombardati), mortar rounds and artillery shells, the artillery
    # with its preposition elided, a car bomb that exploded, a blast, a downing over a town (sopra)
    ("Martedì una raffica di razzi si è abbattuta su Kiryat Shmona.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("Martedì la base di Ain al-Asad è stata colpita da razzi.", PUBLISHED, "rocket_attack", "iq-ain-al-asad-air-base"),
    ("Martedì un attacco missilistico ha colpito Erbil.", PUBLISHED, "missile_attack", "iq-erbil"),
    ("Martedì aerei da guerra americani hanno bombardato Hodeida.", PUBLISHED, "air_strike", "ye-hodeidah"),
    ("Martedì aerei da combattimento israeliani hanno colpito Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Martedì Israele ha preso di mira Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Martedì Beirut è stata colpita.", PUBLISHED, "other", "lb-beirut"),
    ("Martedì Beirut è stata attaccata.", PUBLISHED, "other", "lb-beirut"),
    ("Martedì alcuni quartieri di Beirut sono stati bombardati.", PUBLISHED, "other", "lb-beirut"),
    ("Martedì colpi di mortaio sono caduti su Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Martedì granate di mortaio sono cadute su Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Martedì granate di artiglieria sono cadute su Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Martedì Khiam è stata bombardata dall'artiglieria israeliana.", PUBLISHED, "artillery", "lb-khiam"),
    ("Martedì un'autobomba è esplosa nella periferia di Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("Martedì una deflagrazione ha scosso Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("Martedì una forte esplosione ha scosso Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("Martedì un drone è stato abbattuto sopra Eilat.", PUBLISHED, "interception", "il-eilat"),
    ("Martedì si è attivata la contraerea sopra Eilat.", PUBLISHED, "interception", "il-eilat"),
]

#: Languages whose day names the date table does not hold yet (Portuguese, Urdu, Indonesian): sentences told
#: with no day of their own, which take the day the report was published.
UNDATED = [
    # Portuguese: rockets and missiles, missile and drone attacks, bombardment, the generic atacou / atingiu /
    # bombardeou (shelling when artillery is named) and the passives (foi atacada, foi bombardeada), fighter jets and
    # warplanes, artillery fire and mortars, explosions and car bombs, intercepted, shot down (foi abatido, derrubado),
    # air defences activated; 'em' as 'in'; Israel, Iran and the US as Portuguese names them
    ("O Hezbollah disparou foguetes contra Kiryat Shmona.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("Foguetes atingiram Kiryat Shmona.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("A base de Ain al-Asad foi atacada com foguetes.", PUBLISHED, "rocket_attack", "iq-ain-al-asad-air-base"),
    ("Um ataque com foguetes atingiu Kiryat Shmona.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("O Irã lançou mísseis balísticos contra Erbil.", PUBLISHED, "missile_attack", "iq-erbil"),
    ("Um míssil balístico atingiu Erbil.", PUBLISHED, "missile_attack", "iq-erbil"),
    ("Um ataque com mísseis atingiu Erbil.", PUBLISHED, "missile_attack", "iq-erbil"),
    ("Um ataque com drones atingiu Erbil.", PUBLISHED, "drone_attack", "iq-erbil"),
    ("Drones kamikaze atacaram Erbil.", PUBLISHED, "drone_attack", "iq-erbil"),
    ("Caças israelenses atacaram Khiam.", PUBLISHED, "air_strike", "lb-khiam"),
    ("Aviões de guerra israelenses bombardearam Khiam.", PUBLISHED, "air_strike", "lb-khiam"),
    ("Aviões de combate americanos bombardearam Hodeida.", PUBLISHED, "air_strike", "ye-hodeidah"),
    ("Um bombardeio israelense atingiu Khiam.", PUBLISHED, "air_strike", "lb-khiam"),
    ("Israel bombardeou Khiam.", PUBLISHED, "air_strike", "lb-khiam"),
    ("Israel atingiu alvos em Khiam.", PUBLISHED, "air_strike", "lb-khiam"),
    ("Khiam foi atacada.", PUBLISHED, "other", "lb-khiam"),
    ("Khiam foi bombardeada.", PUBLISHED, "other", "lb-khiam"),
    ("A artilharia israelense bombardeou Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("O exército israelense bombardeou Khiam com artilharia.", PUBLISHED, "artillery", "lb-khiam"),
    ("Disparos de artilharia atingiram Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Granadas de morteiro caíram em Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Uma forte explosão sacudiu Khiam.", PUBLISHED, "explosion", "lb-khiam"),
    ("Explosões foram ouvidas em Khiam.", PUBLISHED, "explosion", "lb-khiam"),
    ("Um carro-bomba explodiu em Khiam.", PUBLISHED, "explosion", "lb-khiam"),
    ("A defesa aérea interceptou um drone sobre Eilat.", PUBLISHED, "interception", "il-eilat"),
    ("Um drone foi abatido sobre Eilat.", PUBLISHED, "interception", "il-eilat"),
    ("Um drone foi derrubado sobre Eilat.", PUBLISHED, "interception", "il-eilat"),
    ("As defesas antiaéreas foram ativadas em Eilat.", PUBLISHED, "interception", "il-eilat"),
    # Urdu: rockets and missiles fired (داغے), rocket, missile and drone attacks, air strikes and bombardment,
    # warplanes and fighter jets, artillery and shelling, mortars, explosions, shot down, stopped in the air, attacked
    # and targeted; its postpositions after the name (پر 'on', کو the object, میں 'in', کے اوپر 'over')
    ("حزب اللہ نے حیفا پر راکٹ داغے۔", PUBLISHED, "rocket_attack", "il-haifa"),
    ("حیفا پر راکٹ حملہ ہوا۔", PUBLISHED, "rocket_attack", "il-haifa"),
    ("ایران نے اربیل پر بیلسٹک میزائل داغے۔", PUBLISHED, "missile_attack", "iq-erbil"),
    ("اربیل پر میزائل حملہ کیا گیا۔", PUBLISHED, "missile_attack", "iq-erbil"),
    ("اربیل پر ڈرون حملہ ہوا۔", PUBLISHED, "drone_attack", "iq-erbil"),
    ("خودکش ڈرونز نے اربیل کو نشانہ بنایا۔", PUBLISHED, "drone_attack", "iq-erbil"),
    ("اسرائیل نے بیروت پر فضائی حملہ کیا۔", PUBLISHED, "air_strike", "lb-beirut"),
    ("اسرائیلی طیاروں نے بیروت پر بمباری کی۔", PUBLISHED, "air_strike", "lb-beirut"),
    ("اسرائیلی جنگی طیاروں نے بیروت پر حملے کیے۔", PUBLISHED, "air_strike", "lb-beirut"),
    ("اسرائیلی لڑاکا طیاروں نے بیروت کو نشانہ بنایا۔", PUBLISHED, "air_strike", "lb-beirut"),
    ("اسرائیل نے بیروت کو نشانہ بنایا۔", PUBLISHED, "air_strike", "lb-beirut"),
    ("بیروت کو نشانہ بنایا گیا۔", PUBLISHED, "other", "lb-beirut"),
    ("اسرائیلی ڈرون نے بیروت میں ایک گاڑی کو نشانہ بنایا۔", PUBLISHED, "drone_strike", "lb-beirut"),
    ("اسرائیلی توپ خانے نے بیروت پر گولہ باری کی۔", PUBLISHED, "artillery", "lb-beirut"),
    ("بیروت پر مارٹر گولے گرے۔", PUBLISHED, "artillery", "lb-beirut"),
    ("بیروت میں زوردار دھماکہ ہوا۔", PUBLISHED, "explosion", "lb-beirut"),
    ("بیروت میں دھماکوں کی آوازیں سنی گئیں۔", PUBLISHED, "explosion", "lb-beirut"),
    ("فضائی دفاعی نظام نے ایلات کے اوپر ایک ڈرون کو مار گرایا۔", PUBLISHED, "interception", "il-eilat"),
    ("ایلات کے اوپر ایک میزائل کو روک لیا گیا۔", PUBLISHED, "interception", "il-eilat"),
    # Indonesian: rocket, missile and drone attacks, unmanned aircraft, air strikes, fighter jets, bombing, the generic
    # menyerang / menghantam / menggempur / mengebom and the passive diserang, artillery, mortars, explosions,
    # intercepted, shot down; its cues (ke "to", di atas "over"; not di "in", Italian "of")
    ("Hizbullah menembakkan roket ke Haifa.", PUBLISHED, "rocket_attack", "il-haifa"),
    ("Serangan roket menghantam Haifa.", PUBLISHED, "rocket_attack", "il-haifa"),
    ("Iran meluncurkan rudal balistik ke Erbil.", PUBLISHED, "missile_attack", "iq-erbil"),
    ("Serangan rudal menghantam Erbil.", PUBLISHED, "missile_attack", "iq-erbil"),
    ("Serangan drone menghantam Erbil.", PUBLISHED, "drone_attack", "iq-erbil"),
    ("Serangan pesawat nirawak menghantam Erbil.", PUBLISHED, "drone_attack", "iq-erbil"),
    ("Israel melancarkan serangan udara ke Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Jet tempur Israel mengebom Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Pesawat tempur Israel menggempur Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Pengeboman Israel menghantam Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Israel membombardir Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Israel menyerang Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Beirut diserang.", PUBLISHED, "other", "lb-beirut"),
    ("Beirut dihantam roket.", PUBLISHED, "rocket_attack", "lb-beirut"),
    ("Artileri Israel menggempur Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Mortir menghantam Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Ledakan keras mengguncang Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("Sebuah mobil meledak dan mengguncang Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("Pertahanan udara mencegat drone di atas Haifa.", PUBLISHED, "interception", "il-haifa"),
    ("Sebuah rudal dicegat di atas Haifa.", PUBLISHED, "interception", "il-haifa"),
    ("Sebuah drone ditembak jatuh di atas Haifa.", PUBLISHED, "interception", "il-haifa"),
]

#: (sentence, published, event type, target place id, actor): who fired or struck, as the language puts it.
ACTED = [
    # Arabic writes the subject after its verb: the Guards fired; Israel bombed Khiam, not a target
    ("أطلق الحرس الثوري يوم الثلاثاء صواريخ باليستية على أربيل.", PUBLISHED, "missile_attack", "iq-erbil",
     "Iran"),
    ("قصفت إسرائيل يوم الثلاثاء بلدة الخيام.", PUBLISHED, "air_strike", "lb-khiam", "Israel"),
    ("Am Dienstag griff der Iran Erbil mit ballistischen Raketen an.", PUBLISHED, "missile_attack",
     "iq-erbil", "Iran"),
    # a state that attacked a place with a weapon named after it fired that weapon (attack_verb)
    ("Во вторник Иран атаковал Эрбиль баллистическими ракетами.", PUBLISHED, "missile_attack", "iq-erbil",
     "Iran"),
    ("Iran attacked Erbil with ballistic missiles on Tuesday.", PUBLISHED, "missile_attack", "iq-erbil", "Iran"),
]

#: Sentences typed right before the audit: no row added may change them.
KEPT = [
    ("أطلقت فصائل مسلحة يوم الثلاثاء صواريخ كاتيوشا على قاعدة عين الأسد.", PUBLISHED, "rocket_attack",
     "iq-ain-al-asad-air-base"),
    ("شنت طائرة مسيرة يوم الثلاثاء هجوما على حقل كورمور الغازي.", PUBLISHED, "drone_attack",
     "iq-khor-mor-gas-field"),
    ("استهدفت مسيرة إسرائيلية يوم الثلاثاء سيارة في بلدة الخيام.", PUBLISHED, "drone_strike", "lb-khiam"),
    ("قصفت المدفعية الإسرائيلية يوم الثلاثاء أطراف بلدة الخيام.", PUBLISHED, "artillery", "lb-khiam"),
    ("هز انفجار عنيف مدينة القامشلي يوم الثلاثاء.", PUBLISHED, "explosion", "sy-qamishli"),
    ("اعترضت منظومة القبة الحديدية يوم الثلاثاء صواريخ فوق كريات شمونة.", PUBLISHED, "interception",
     "il-kiryat-shmona"),
    ("Israeli jets carried out a raid on Khiam on Tuesday.", PUBLISHED, "air_strike", "lb-khiam"),
    ("روز سه‌شنبه جنگنده‌های اسرائیل حمله هوایی به بیروت انجام دادند.", PUBLISHED, "air_strike", "lb-beirut"),
    ("روز سه‌شنبه ارتش اسرائیل به بیروت حمله کرد.", PUBLISHED, "air_strike", "lb-beirut"),
    ("روز سه‌شنبه صدای انفجار در اصفهان شنیده شد.", PUBLISHED, "explosion", "ir-isfahan"),
    ("روز سه‌شنبه پدافند هوایی یک پهپاد را بر فراز اصفهان سرنگون کرد.", PUBLISHED, "interception", "ir-isfahan"),
    ("İsrail Salı günü Beyrut'a hava saldırısı düzenledi.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Salı günü Lübnan'dan Kiryat Şmona'ya roketler atıldı.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("Türk SİHA'ları Salı günü Kamışlı'da bir aracı vurdu.", PUBLISHED, "drone_strike", "sy-qamishli"),
    ("Salı günü Erbil'de şiddetli bir patlama meydana geldi.", PUBLISHED, "explosion", "iq-erbil"),
    ("Salı günü Eilat üzerinde bir İHA düşürüldü.", PUBLISHED, "interception", "il-eilat"),
    ("ביום שלישי שוגרו טילים בליסטיים מאיראן לעבר חיפה.", PUBLISHED, "missile_attack", "il-haifa"),
    ("ביום שלישי תקף חיל האוויר בביירות.", PUBLISHED, "air_strike", "lb-beirut"),
    ("ביום שלישי הופל כטב\"ם מעל אילת.", PUBLISHED, "interception", "il-eilat"),
    ("ביום שלישי נשמעו פיצוצים בביירות.", PUBLISHED, "explosion", "lb-beirut"),
    ("A missile was intercepted over Eilat on Tuesday.", PUBLISHED, "interception", "il-eilat"),
    # (one missile told fired and then downed, nothing through: the interception, as one or two counted are since
    # session 73 and as a drone so told is; session 75)
    ("A missile fired at Eilat on Tuesday was intercepted.", PUBLISHED, "interception", "il-eilat"),
    ("Mardi, l'aviation israélienne a bombardé Beyrouth.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Mardi, un drone israélien a frappé une voiture à Beyrouth.", PUBLISHED, "drone_strike", "lb-beirut"),
    ("Mardi, un missile a été intercepté au-dessus d'Eilat.", PUBLISHED, "interception", "il-eilat"),
    ("Mardi, des explosions ont été entendues à Beyrouth.", PUBLISHED, "explosion", "lb-beirut"),
    ("Mardi, le champ pétrolifère de Sarsang a été touché par un drone.", PUBLISHED, "drone_attack",
     "iq-sarsang-oil-field"),
    ("El martes la aviación israelí bombardeó Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
    ("El martes, Hezbolá disparó cohetes contra Kiryat Shmona.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("El martes, un dron israelí atacó un coche en Beirut.", PUBLISHED, "drone_strike", "lb-beirut"),
    ("El martes, un misil fue interceptado sobre Eilat.", PUBLISHED, "interception", "il-eilat"),
    ("El martes, una fuerte explosión sacudió Beirut.", PUBLISHED, "explosion", "lb-beirut"),
    ("Die Hisbollah feuerte am Dienstag Raketen auf Kiryat Schmona ab.", PUBLISHED, "rocket_attack",
     "il-kiryat-shmona"),
    ("Israelische Kampfflugzeuge griffen am Dienstag Beirut an.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Die israelische Artillerie beschoss am Dienstag Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Am Dienstag wurde eine Rakete über Eilat abgefangen.", PUBLISHED, "interception", "il-eilat"),
    ("Israel hat am Dienstag Ziele in Beirut bombardiert.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Во вторник израильская авиация нанесла удары по Бейруту.", PUBLISHED, "air_strike", "lb-beirut"),
    ("Во вторник израильский беспилотник нанес удар по автомобилю в Бейруте.", PUBLISHED, "drone_strike", "lb-beirut"),
    ("Во вторник в Бейруте прогремел взрыв.", PUBLISHED, "explosion", "lb-beirut"),
    ("Во вторник над Эйлатом был перехвачен беспилотник.", PUBLISHED, "interception", "il-eilat"),
    ("Во вторник по Кирьят-Шмоне был нанесен ракетный удар.", PUBLISHED, "missile_attack", "il-kiryat-shmona"),
    ("Martedì Hezbollah ha lanciato razzi contro Kiryat Shmona.", PUBLISHED, "rocket_attack", "il-kiryat-shmona"),
    ("Martedì l'artiglieria israeliana ha bombardato Khiam.", PUBLISHED, "artillery", "lb-khiam"),
    ("Martedì un drone israeliano ha colpito un'auto a Beirut.", PUBLISHED, "drone_strike", "lb-beirut"),
    ("Martedì Israele ha condotto un raid aereo su Beirut.", PUBLISHED, "air_strike", "lb-beirut"),
]

#: Sentences of a common word in another sense: no draft.
NO_DRAFT = [
    # Arabic: warplanes that flew over a city (الطيران الحربي) strike nothing there; a raid (غارة) is the strike.
    ("حلق الطيران الحربي الإسرائيلي فوق بيروت يوم الثلاثاء.", PUBLISHED),
    ("تحدث الوزير يوم الثلاثاء في بيروت عن الاقتصاد.", PUBLISHED),
    ("سار المتظاهرون في مسيرة سلمية يوم الثلاثاء في بيروت.", PUBLISHED),  # مسيرة: a march
    ("تصدت الحكومة يوم الثلاثاء لارتفاع الأسعار في بيروت.", PUBLISHED),  # تصدت: confronted, of anything
    ("شاركت مقاتلات كرديات يوم الثلاثاء في احتفال في القامشلي.", PUBLISHED),  # مقاتلات: women fighters
    ("روز سه‌شنبه تیم ملی در اصفهان هدف خود را اعلام کرد.", PUBLISHED),  # هدف: a goal
    ("روز سه‌شنبه باران شدیدی در اصفهان بارید.", PUBLISHED),  # باران: rain
    ("روز سه‌شنبه یک راکت تنیس در اصفهان فروخته شد.", PUBLISHED),  # راکت: a racket too
    ("Salı günü Erbil'de futbol maçında top ağlara gitti.", PUBLISHED),  # top: a ball
    ("Salı günü Erbil'de serbest atışı kaçırdı.", PUBLISHED),  # atışı: a throw
    ("Salı günü Erbil'de bakan önemli bir hedef açıkladı.", PUBLISHED),  # hedef: a goal
    ("Salı günü Erbil'de aşçı havanda baharat dövdü.", PUBLISHED),  # havan: a kitchen mortar
    ("ביום שלישי השחקן ירה לשער בחיפה.", PUBLISHED),  # ירה: shot (at goal)
    ("ביום שלישי החוזה בחיפה היה בתוקף והחלטה תקפה התקבלה.", PUBLISHED),  # תקפה: valid
    ("ביום שלישי המשחק בחיפה נגמר בקרב צמוד.", PUBLISHED),  # קרב: a contest
    ("Mardi, les chasseurs ont visé un cerf près de Beyrouth.", PUBLISHED),  # chasseurs: hunters
    ("Mardi, le maçon a préparé du mortier à Beyrouth.", PUBLISHED),  # mortier: building mortar
    ("Mardi, le joueur a tiré au but à Beyrouth.", PUBLISHED),
    ("El martes, el albañil mezcló el mortero en Beirut.", PUBLISHED),  # mortero: building mortar
    ("El martes, el delantero disparó a puerta en Beirut.", PUBLISHED),
    ("El martes, la estudiante fue alcanzada por la fama en Beirut.", PUBLISHED),  # alcanzada: reached
    ("Am Dienstag griff der Minister in Beirut zum Telefon.", PUBLISHED),
    ("Am Dienstag zerstieß der Koch Gewürze im Mörser in Beirut.", PUBLISHED),  # Mörser: a kitchen mortar
    ("Во вторник в Бейруте спортсмен ударил по мячу.", PUBLISHED),
    ("Во вторник в Бейруте работает выставка.", PUBLISHED),
    ("Martedì il cuoco ha pestato il pepe nel mortaio a Beirut.", PUBLISHED),
    ("Martedì il ministro si è sentito sopra le parti a Beirut.", PUBLISHED),
    ("O presidente lançou uma campanha em Khiam.", PUBLISHED),
    ("O cantor atingiu o auge em Khiam.", PUBLISHED),  # atingiu: reached
    ("Em Madrid, o jogador parecia abatido depois do jogo.", PUBLISHED),  # abatido: downcast
    ("وزیر نے بیروت میں تقریر کی۔", PUBLISHED),
    ("Presiden meluncurkan program baru di Beirut.", PUBLISHED),
    ("Pemain itu menembak bola ke gawang di Beirut.", PUBLISHED),
    ("Martedì il sindaco di Beirut ha parlato ai giornalisti.", PUBLISHED),  # di: Italian 'of'
]


def drafts(text: str, published: str) -> list[tuple[str, str, str]]:
    got = extract_report(text, published=published).incidents
    return list(zip(got["date"], got["event_type"], got["target_place_id"]))


@pytest.mark.parametrize(("text", "published", "event_type", "target"), TOLD + KEPT,
                         ids=[f"{t[2]}-{k}" for k, t in enumerate(TOLD + KEPT)])
def test_an_event_word_of_the_language_types_its_draft(text, published, event_type, target):
    assert drafts(text, published) == [(TUESDAY, event_type, target)]


@pytest.mark.parametrize(("text", "published", "event_type", "target"), UNDATED,
                         ids=[f"{t[2]}-{k}" for k, t in enumerate(UNDATED)])
def test_an_event_told_with_no_day_of_its_own_is_typed_and_dated_as_the_report(text, published, event_type, target):
    assert drafts(text, published) == [(published, event_type, target)]


@pytest.mark.parametrize(("text", "published", "event_type", "target", "actor"), ACTED,
                         ids=[f"{t[4]}-{k}" for k, t in enumerate(ACTED)])
def test_who_acts_as_the_language_puts_it(text, published, event_type, target, actor):
    got = extract_report(text, published=published).incidents
    assert list(zip(got["date"], got["event_type"], got["target_place_id"], got["actor"])) == [
        (TUESDAY, event_type, target, actor)]


def test_fire_from_the_outskirts_of_a_town_comes_from_there():
    got = extract_report("El martes, Hezbolá lanzó cohetes desde las afueras de Khiam contra Kiryat Shmona.",
                         published=PUBLISHED).incidents
    assert list(zip(got["event_type"], got["launch_place_id"], got["target_place_id"])) == [
        ("rocket_attack", "lb-khiam", "il-kiryat-shmona")]


@pytest.mark.parametrize(("text", "published"), NO_DRAFT, ids=[f"none-{k}" for k in range(len(NO_DRAFT))])
def test_a_common_word_of_the_language_makes_no_draft(text, published):
    assert drafts(text, published) == []
