"""Named places of the Iraqi strikes that did not resolve, or resolved to another place, third list
(``places/strike_sites3.csv``).

The session-17 list of places in reports of Turkish, Iranian, US and militia strikes in Iraq (some 90 names, from
Bradost and Haji Omaran on the Iranian border to Trebil on the Jordanian one) was checked name by name, with one or
two other spellings (Latin, Arabic or Kurdish) each. Most resolved to the right place. The rows here are those
that did not and have a reference coordinate: Haji Omaran (its Arabic name went to Amran in Yemen), Bnaslawa,
Chwarqurna, Bazian, Surdash, Arbat and Bakrajo in Erbil and Sulaymaniyah, Biara of Halabja (it went to al-Bireh in
the West Bank), Badush by Mosul, the Yazidi sanctuary of Lalish, al-Ishaqi and al-Alam in Salahuddin, al-Adhaim in
Diyala ("Adhaim" went to Adhamiyah in Baghdad by sound), Salman Pak (its Arabic name went to Sulaiman Bek by sound; the Latin "Salman Bak" of GeoNames is left out, as it
sounds like Sulaiman Bek and would take the bare sound of that town's names),
al-Karmah by Fallujah (it went to al-Karimah in Syria), Barwana across from Haditha, the Trebil crossing and Majar
al-Kabir in Maysan, al-Riyadh of Kirkuk (only the Saudi capital answered), Shu'aybah by Basra ("Shaibah" went to
Shebaa in Lebanon by sound; "Shuaiba" and الشعيبة stay the Basra refinery there) the ruins of Nimrud, Siniyah west of Baiji ("Siniyah" went to as-Sisniyah in Syria by sound) and
Rummana by al-Qaim (it went to Rummana in Israel, which keeps the bare name), and the Yarmouk quarter of Baghdad.

The reference coordinates are typed again here from the cited source (a GeoNames record as Who's On First's Iraq
repository carries it, or a Wikipedia infobox), so a row that drifts from its reference fails; every row has its
reference here and every reference its row.

Words kept out, and why (each checked below to stay out or to keep its place):

- al-Alam: العلم is 'the flag' (Zipf 5.1) and "Alam" a given name: the town keeps only names with its province
  ("al-Alam, Salahuddin", العلم (صلاح الدين)); ناحية العلم and "al-Alam sub-district" are left out because the
  resolver reads them as the bare word.
- al-Adhaim: العظيم is 'the great' (Zipf 4.9): the Arabic is kept only as العظيم (ديالى).
- Biara: بيارة is a word too (an orchard): the Arabic is kept only as بيارة (حلبجة); the Kurdish بیارە is left out,
  as it folds to the bare Arabic.
- al-Karmah: Arabic الكرمة is 'the vine' (Zipf 3.2): kept only as الكرمة (الأنبار). "Karma" (an English word) is
  not an alias; it was heard as al-Karimah in Syria before and is heard as al-Karmah now by sound.
- Nimrud: its sound is "Nimrod" (a given name, Zipf 2.6, and a Golan village no file holds) and نمرود a name too:
  the ruins keep only names of more than one word ("ancient Nimrud", "the ruins of Nimrud", آثار النمرود) and Kalhu.
- al-Riyadh (Kirkuk): a bare Riyadh or الرياض stays the Saudi capital; the town keeps names with Kirkuk or Hawija.
- Siniyah: الصينية is 'the Chinese' (a frequent word): the Arabic is kept only with Salahuddin or Baiji.
- Rummana (Anbar): a bare "Rummana" or الرمانة stays Rummana in Israel, held before; the Anbar town keeps names
  with Anbar or al-Qaim.
- Yarmouk: a bare Yarmouk or اليرموك is also the camp of Damascus and the river: the Baghdad quarter keeps only
  names with Baghdad.
- Camp Ashraf is left out: the resolver reads "Camp Ashraf" without its camp word, so the given name "Ashraf" was
  read as the camp.
- Tawela (Halabja) is left out: طويلة is 'long' (Zipf 5.3) and its sound is Tawela's, so a bare Arabic word would be
  read as the town. Khalifan (Soran) is left out: "Khalifa" (a given name) was read as it by the fuzzy match.

Checked and left as they are (they resolve to the right place or to the place a report means by them): Mergasor,
Soran, Rawanduz, Shaqlawa, Koya, Degala, Zirgwez, Choman, Penjwen, Sayyid Sadiq, Qaladze, Pishdar, Mawat,
Chamchamal, Kasnazan, Ankawa, Makhmour, Mosul Dam, Hamdaniya (Qaraqosh), Bartella, Darkar, Tarmiyah, Sharqat, K1,
Hammam al-Alil, Amiriyat al-Fallujah, Habbaniyah and Taqaddum (the air base), Haqlaniya, Kadhimiya, Adhamiya,
Saidiya, Aziziya, Suwayra, Tallil, Kalsu, Numaniya, Baladiyat, Balad air base, Speicher, Ain al-Tamr, Nukhayb,
al-Waleed, Rutba; Faysh Khabur is the Semalka-Faysh Khabur crossing by design; Atrush is the Atrush oil field.
"""
from __future__ import annotations

from pathlib import Path

from .placerows import curated_file_tests

ROOT = Path(__file__).resolve().parents[2]
STRIKE_SITES3 = ROOT / "gazetteer" / "data" / "places" / "strike_sites3.csv"

#: id: (lat, lon as the reference gives them, reference as the row's ``source`` names it)
REFERENCE: dict[str, tuple[float, float, str]] = {
    # GeoNames records as Who's On First's Iraq repository (whosonfirst-data-admin-iq) carries them
    "iq-haji-omaran": (36.67331, 45.04386, "geonames:96213"),  # Hajj 'Umran
    "iq-bnaslawa": (36.15418, 44.11272, "geonames:98016"),  # Binaslawah al Kabir
    "iq-chwarqurna": (36.212686, 44.831925, "geonames:97318"),  # Chwarqurne
    "iq-bazian": (35.59235, 45.14387, "geonames:7426424"),  # Mujama' Bazyan al 'Asri
    "iq-surdash": (35.86295, 45.1038, "geonames:90497"),
    "iq-arbat": (35.42241, 45.58003, "geonames:98784"),  # 'Arbat
    "iq-bakrajo": (35.55385, 45.34398, "geonames:98120"),  # Bakrajaw
    "iq-biara": (35.23125, 46.10893, "geonames:97480"),  # Biyarah
    "iq-badush": (36.42625, 42.9636, "geonames:98190"),
    "iq-al-ishaqi": (34.04764, 43.98697, "geonames:6782547"),  # Nahiyat al Ishaqi
    "iq-al-alam": (34.64472, 43.7, "geonames:99620"),  # Nahiyat al 'Alam
    "iq-al-adhaim": (34.27544, 44.53853, "geonames:98958"),  # Al 'Azim
    "iq-salman-pak": (33.10199, 44.58346, "geonames:91615"),  # Salman Bak
    "iq-al-karmah": (33.40583, 43.93056, "geonames:448465"),
    "iq-barwana": (34.09579, 42.38882, "geonames:97884"),  # Nahiyat Barwanah
    "iq-trebil-crossing": (32.74896, 39.02347, "geonames:90126"),  # Turaybil
    "iq-majar-al-kabir": (31.581652, 47.168219, "geonames:99097"),
    "iq-al-riyadh-kirkuk": (35.26964, 43.91067, "geonames:98697"),  # Ar Riyad
    "iq-shuaybah": (30.56667, 47.78333, "geonames:90791"),
    "iq-siniyah": (34.92778, 43.40417, "geonames:406195"),  # As Siniyah
    "iq-rummana-anbar": (34.39381, 41.07954, "geonames:98684"),  # Ar Rummanah
    "iq-yarmouk-baghdad": (33.29556, 44.34167, "geonames:7798653"),
    # Wikipedia infoboxes
    "iq-lalish": (36.7713972, 43.3033444, "wikipedia:Lalish"),  # 36°46′17.03″N 43°18′12.04″E
    "iq-nimrud": (36.09806, 43.32889, "wikipedia:Nimrud"),  # 36°05′53″N 43°19′44″E
}

#: (as a report writes it, the place); written for these tests, modelled on what reports say
SPELLINGS: list[tuple[str, str]] = [
    ("Haji Omaran", "iq-haji-omaran"),
    ("Haj Omran", "iq-haji-omaran"),
    ("حاج عمران", "iq-haji-omaran"),
    ("Iranian drones over Haji Omaran near the border", "iq-haji-omaran"),
    ("Bnaslawa", "iq-bnaslawa"),
    ("Binaslawa", "iq-bnaslawa"),
    ("بنصلاوة", "iq-bnaslawa"),
    ("Chwarqurna", "iq-chwarqurna"),
    ("Chwar Qurna", "iq-chwarqurna"),
    ("جوار قورنة", "iq-chwarqurna"),
    ("Bazian", "iq-bazian"),
    ("Bazyan", "iq-bazian"),
    ("بازيان", "iq-bazian"),
    ("Surdash", "iq-surdash"),
    ("سورداش", "iq-surdash"),
    ("Arbat", "iq-arbat"),
    ("عربت", "iq-arbat"),
    ("Bakrajo", "iq-bakrajo"),
    ("a drone hit a car in Bakrajo west of Sulaymaniyah", "iq-bakrajo"),
    ("بكرجو", "iq-bakrajo"),
    ("Biara", "iq-biara"),
    ("Byara", "iq-biara"),
    ("بيارة (حلبجة)", "iq-biara"),
    ("Badush", "iq-badush"),
    ("Badoush", "iq-badush"),
    ("بادوش", "iq-badush"),
    ("Lalish", "iq-lalish"),
    ("the Lalish temple", "iq-lalish"),
    ("لالش", "iq-lalish"),
    ("Ishaqi", "iq-al-ishaqi"),
    ("al-Is'haqi", "iq-al-ishaqi"),
    ("الإسحاقي", "iq-al-ishaqi"),
    ("al-Alam, Salahuddin", "iq-al-alam"),
    ("العلم (صلاح الدين)", "iq-al-alam"),
    ("Adhaim", "iq-al-adhaim"),
    ("Udhaim", "iq-al-adhaim"),
    ("العظيم (ديالى)", "iq-al-adhaim"),
    ("Salman Pak", "iq-salman-pak"),
    ("سلمان باك", "iq-salman-pak"),
    ("Karmah", "iq-al-karmah"),
    ("Garma", "iq-al-karmah"),
    ("الكرمة (الأنبار)", "iq-al-karmah"),
    ("Barwana", "iq-barwana"),
    ("بروانة", "iq-barwana"),
    ("Trebil", "iq-trebil-crossing"),
    ("the Trebil border crossing", "iq-trebil-crossing"),
    ("منفذ طريبيل", "iq-trebil-crossing"),
    ("Majar al-Kabir", "iq-majar-al-kabir"),
    ("al-Mejar al-Kabir", "iq-majar-al-kabir"),
    ("المجر الكبير", "iq-majar-al-kabir"),
    ("ancient Nimrud", "iq-nimrud"),
    ("the ruins of Nimrud", "iq-nimrud"),
    ("Kalhu", "iq-nimrud"),
    ("آثار النمرود", "iq-nimrud"),
    ("Riyadh (Kirkuk)", "iq-al-riyadh-kirkuk"),
    ("al-Riyadh, Kirkuk", "iq-al-riyadh-kirkuk"),
    ("الرياض (كركوك)", "iq-al-riyadh-kirkuk"),
    ("Shaibah", "iq-shuaybah"),
    ("Shu'aybah", "iq-shuaybah"),
    ("Siniya", "iq-siniyah"),
    ("a drone struck a PMF post in Siniyah", "iq-siniyah"),
    ("الصينية (صلاح الدين)", "iq-siniyah"),
    ("Rummana (Anbar)", "iq-rummana-anbar"),
    ("al-Rummana, al-Qaim", "iq-rummana-anbar"),
    ("الرمانة (الأنبار)", "iq-rummana-anbar"),
    ("Yarmouk (Baghdad)", "iq-yarmouk-baghdad"),
    ("al-Yarmouk, Baghdad", "iq-yarmouk-baghdad"),
    ("اليرموك (بغداد)", "iq-yarmouk-baghdad"),
]

#: Names of places held before that the new rows sound like or stand by: each keeps its place.
NEIGHBOURS: list[tuple[str, str]] = [
    ("Adhamiya", "iq-adhamiyah"),
    ("Sulaiman Bek", "iq-sulaiman-bek"),
    ("Amran", "ye-amran"),
    ("al-Bireh", "ps-al-birah"),
    ("Soran", "iq-soran"),
    ("Sulaymaniyah", "iq-sulaymaniyah"),
    ("Habbaniyah", "iq-al-taqaddum-air-base"),
    ("Faysh Khabur", "sy-semalka-crossing"),
    ("al-Waleed", "iq-al-waleed-crossing"),
    ("Rutba", "iq-rutba"),
    ("Qaraqosh", "iq-qaraqosh"),
    ("Shekhan", "iq-sheikhan"),
    ("Adhamiyah", "iq-adhamiyah"),
    ("Sulaiman Beg", "iq-sulaiman-bek"),
    ("al-Karimah", "sy-al-karimah"),
    ("Germi", "ir-germi"),
    ("Garmeh", "ir-garmeh"),
    ("Riyadh", "sa-riyadh"),
    ("الرياض", "sa-riyadh"),
    ("Shuaiba", "iq-basra-refinery"),
    ("الشعيبة", "iq-basra-refinery"),
    ("Shebaa", "lb-shebaa"),
    ("As Sisniyah", "sy-as-sisniyah"),
    ("Rummana", "il-rummana"),
    ("الرمانة", "il-rummana"),
]

#: Words a report writes that are no place of the file (the names the rows left out, or might take).
NOT_PLACES = ["العلم", "Alam", "al-Alam", "العظيم", "بيارة", "الكرمة", "طويلة", "Khalifa", "خليفة", "سلمان", "Nimrod", "نمرود", "Ashraf", "أشرف",
              "Ashraf Ghani", "الصينية", "Yarmouk", "اليرموك",
              "the Yarmouk camp in Damascus"]


#: Rows the towns tool's sound rule would refuse, each kept: id -> why. The places they sound like keep their own
#: names (the NEIGHBOURS above).
SOUND_RULE_WAIVED = {
    "iq-al-adhaim": "seat of the al-Adhaim sub-district of Diyala (sounds like Adhamiyah in Baghdad)",
    "iq-al-karmah": "seat of the Karmah district of Anbar (sounds like al-Karimah in Syria and Germi, Garmeh in Iran)",
    "iq-siniyah": "seat of the Siniyah sub-district of Baiji (sounds like as-Sisniyah in Syria, which keeps its name)",
    "iq-shuaybah": "the town south-west of Basra (sounds like Shebaa in Lebanon, which keeps its name)",
    "iq-bazian": "sub-district seat west of Sulaymaniyah (sounds like the Bazan refinery of Haifa, strike_sites6.csv, "
                 "which keeps Bazan)",
}


globals().update(curated_file_tests(STRIKE_SITES3, REFERENCE, SPELLINGS, NEIGHBOURS, NOT_PLACES,
                                    sound_waived=SOUND_RULE_WAIVED))
