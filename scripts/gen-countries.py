#!/usr/bin/env python3
"""scripts/gen-countries.py - write schema/lexicon/countries.json

The list of countries and territories comes from Debian's iso-codes
(ISO 3166-1); the names news uses, demonyms, capitals and aliases come from
the hand-written TABLE below.  Output is sorted by name, one entry per line.

usage: scripts/gen-countries.py [ISO_JSON] [OUT]
"""
import json
import os
import sys

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                   "schema", "lexicon", "countries.json")

# ISO entries left out: uninhabited, or a continent (Antarctica is a LOC in
# places.json).
SKIP = {"AQ", "BV", "HM", "UM", "TF", "GS", "IO"}

# code: (news name or None for the ISO/common name, capital or None,
#        demonyms, extra aliases).  Plural demonyms are added by plural().
T = {
    "AF": (None, "Kabul", ["Afghan"], []),
    "AL": (None, "Tirana", ["Albanian"], []),
    "DZ": (None, "Algiers", ["Algerian"], []),
    "AD": (None, "Andorra la Vella", ["Andorran"], []),
    "AO": (None, "Luanda", ["Angolan"], []),
    "AG": (None, "St John's", ["Antiguan"], []),
    "AR": (None, "Buenos Aires", ["Argentine", "Argentinian"], []),
    "AM": (None, "Yerevan", ["Armenian"], []),
    "AU": (None, "Canberra", ["Australian"], ["Commonwealth of Australia"]),
    "AT": (None, "Vienna", ["Austrian"], []),
    "AZ": (None, "Baku", ["Azerbaijani", "Azeri"], []),
    "BS": (None, "Nassau", ["Bahamian"], ["The Bahamas"]),
    "BH": (None, "Manama", ["Bahraini"], []),
    "BD": (None, "Dhaka", ["Bangladeshi"], []),
    "BB": (None, "Bridgetown", ["Barbadian"], []),
    "BY": (None, "Minsk", ["Belarusian"], ["Belorussia"]),
    "BE": (None, "Brussels", ["Belgian"], []),
    "BZ": (None, "Belmopan", ["Belizean"], []),
    "BJ": (None, "Porto-Novo", ["Beninese"], []),
    "BT": (None, "Thimphu", ["Bhutanese"], []),
    "BO": (None, "La Paz", ["Bolivian"], []),
    "BA": (None, "Sarajevo", ["Bosnian"], ["Bosnia"]),
    "BW": (None, "Gaborone", ["Botswanan"], []),
    "BR": (None, "Brasilia", ["Brazilian"], []),
    "BN": ("Brunei", "Bandar Seri Begawan", ["Bruneian"], ["Brunei Darussalam"]),
    "BG": (None, "Sofia", ["Bulgarian"], []),
    "BF": (None, "Ouagadougou", ["Burkinabe"], []),
    "BI": (None, "Gitega", ["Burundian"], []),
    "CV": (None, "Praia", ["Cape Verdean"], ["Cape Verde"]),
    "KH": (None, "Phnom Penh", ["Cambodian"], []),
    "CM": (None, "Yaounde", ["Cameroonian"], []),
    "CA": (None, "Ottawa", ["Canadian"], []),
    "CF": (None, "Bangui", ["Central African"], []),
    "TD": (None, "N'Djamena", ["Chadian"], []),
    "CL": (None, "Santiago", ["Chilean"], []),
    "CN": (None, "Beijing", ["Chinese"], ["PRC", "Mainland China"]),
    "CO": (None, "Bogota", ["Colombian"], []),
    "KM": (None, "Moroni", ["Comorian"], []),
    "CG": ("Republic of the Congo", "Brazzaville", ["Congolese"],
           ["Congo-Brazzaville", "Congo"]),
    "CD": ("Democratic Republic of the Congo", "Kinshasa", ["Congolese"],
           ["DR Congo", "DRC", "Congo-Kinshasa", "Congo"]),
    "CR": (None, "San Jose", ["Costa Rican"], []),
    "CI": ("Ivory Coast", "Yamoussoukro", ["Ivorian"],
           ["Côte d'Ivoire", "Cote d'Ivoire"]),
    "HR": (None, "Zagreb", ["Croatian", "Croat"], []),
    "CU": (None, "Havana", ["Cuban"], []),
    "CY": (None, "Nicosia", ["Cypriot"], []),
    "CZ": ("Czech Republic", "Prague", ["Czech"], ["Czechia"]),
    "DK": (None, "Copenhagen", ["Danish", "Dane"], []),
    "DJ": (None, None, ["Djiboutian"], []),
    "DM": (None, "Roseau", ["Dominican"], []),
    "DO": (None, "Santo Domingo", ["Dominican"], []),
    "EC": (None, "Quito", ["Ecuadorian"], []),
    "EG": (None, "Cairo", ["Egyptian"], []),
    "SV": (None, "San Salvador", ["Salvadoran"], []),
    "GQ": (None, "Malabo", ["Equatorial Guinean"], []),
    "ER": (None, "Asmara", ["Eritrean"], []),
    "EE": (None, "Tallinn", ["Estonian"], []),
    "SZ": (None, "Mbabane", ["Swazi"], ["Swaziland"]),
    "ET": (None, "Addis Ababa", ["Ethiopian"], []),
    "FJ": (None, "Suva", ["Fijian"], []),
    "FI": (None, "Helsinki", ["Finnish", "Finn"], []),
    "FR": (None, "Paris", ["French"], []),
    "GA": (None, "Libreville", ["Gabonese"], []),
    "GM": (None, "Banjul", ["Gambian"], ["The Gambia"]),
    "GE": (None, "Tbilisi", ["Georgian"], []),
    "DE": (None, "Berlin", ["German"], []),
    "GH": (None, "Accra", ["Ghanaian"], []),
    "GR": (None, "Athens", ["Greek"], []),
    "GD": (None, "St George's", ["Grenadian"], []),
    "GT": (None, "Guatemala City", ["Guatemalan"], []),
    "GN": (None, "Conakry", ["Guinean"], []),
    "GW": (None, "Bissau", ["Bissau-Guinean"], []),
    "GY": (None, "Georgetown", ["Guyanese"], []),
    "HT": (None, "Port-au-Prince", ["Haitian"], []),
    "VA": ("Vatican City", None, [], ["Holy See", "Vatican",
                                      "Vatican City State"]),
    "HN": (None, "Tegucigalpa", ["Honduran"], []),
    "HU": (None, "Budapest", ["Hungarian"], []),
    "IS": (None, "Reykjavik", ["Icelandic", "Icelander"], []),
    "IN": (None, "New Delhi", ["Indian"], []),
    "ID": (None, "Jakarta", ["Indonesian"], []),
    "IR": (None, "Tehran", ["Iranian"], ["Persia"]),
    "IQ": (None, "Baghdad", ["Iraqi"], []),
    "IE": (None, "Dublin", ["Irish"], ["Republic of Ireland", "Eire"]),
    "IL": (None, "Jerusalem", ["Israeli"], []),
    "IT": (None, "Rome", ["Italian"], []),
    "JM": (None, "Kingston", ["Jamaican"], []),
    "JP": (None, "Tokyo", ["Japanese"], []),
    "JO": (None, "Amman", ["Jordanian"], []),
    "KZ": (None, "Astana", ["Kazakh", "Kazakhstani"], []),
    "KE": (None, "Nairobi", ["Kenyan"], []),
    "KI": (None, "Tarawa", ["I-Kiribati"], []),
    "KP": ("North Korea", "Pyongyang", ["North Korean"],
           ["DPRK", "Democratic People's Republic of Korea"]),
    "KR": ("South Korea", "Seoul", ["South Korean"],
           ["Republic of Korea", "ROK"]),
    "KW": (None, "Kuwait City", ["Kuwaiti"], []),
    "KG": (None, "Bishkek", ["Kyrgyz"], ["Kyrgyz Republic", "Kirghizia"]),
    "LA": ("Laos", "Vientiane", ["Lao", "Laotian"],
           ["Lao People's Democratic Republic", "Lao PDR"]),
    "LV": (None, "Riga", ["Latvian"], []),
    "LB": (None, "Beirut", ["Lebanese"], []),
    "LS": (None, "Maseru", ["Basotho"], []),
    "LR": (None, "Monrovia", ["Liberian"], []),
    "LY": (None, "Tripoli", ["Libyan"], []),
    "LI": (None, "Vaduz", ["Liechtensteiner"], []),
    "LT": (None, "Vilnius", ["Lithuanian"], []),
    "LU": (None, None, ["Luxembourgish", "Luxembourger"], []),
    "MG": (None, "Antananarivo", ["Malagasy"], []),
    "MW": (None, "Lilongwe", ["Malawian"], []),
    "MY": (None, "Kuala Lumpur", ["Malaysian"], []),
    "MV": (None, "Malé", ["Maldivian"], []),
    "ML": (None, "Bamako", ["Malian"], []),
    "MT": (None, "Valletta", ["Maltese"], []),
    "MH": (None, "Majuro", ["Marshallese"], []),
    "MR": (None, "Nouakchott", ["Mauritanian"], []),
    "MU": (None, "Port Louis", ["Mauritian"], []),
    "MX": (None, "Mexico City", ["Mexican"], []),
    "FM": ("Micronesia", "Palikir", ["Micronesian"], []),
    "MD": (None, "Chisinau", ["Moldovan"], []),
    "MC": (None, None, ["Monegasque"], []),
    "MN": (None, "Ulaanbaatar", ["Mongolian"], []),
    "ME": (None, "Podgorica", ["Montenegrin"], []),
    "MA": (None, "Rabat", ["Moroccan"], []),
    "MZ": (None, "Maputo", ["Mozambican"], []),
    "MM": (None, "Naypyidaw", ["Burmese"], ["Burma"]),
    "NA": (None, "Windhoek", ["Namibian"], []),
    "NR": (None, None, ["Nauruan"], []),
    "NP": (None, "Kathmandu", ["Nepali", "Nepalese"], []),
    "NL": (None, "Amsterdam", ["Dutch"], ["The Netherlands", "Holland"]),
    "NZ": (None, "Wellington", ["New Zealander"], []),
    "NI": (None, "Managua", ["Nicaraguan"], []),
    "NE": (None, "Niamey", ["Nigerien"], []),
    "NG": (None, "Abuja", ["Nigerian"], []),
    "MK": (None, "Skopje", ["North Macedonian", "Macedonian"],
           ["Macedonia"]),
    "NO": (None, "Oslo", ["Norwegian"], []),
    "OM": (None, "Muscat", ["Omani"], []),
    "PK": (None, "Islamabad", ["Pakistani"], []),
    "PW": (None, "Ngerulmud", ["Palauan"], []),
    "PS": ("Palestine", None, ["Palestinian"],
           ["State of Palestine", "Palestinian territories",
            "Palestinian Territories", "Occupied Palestinian Territories"]),
    "PA": (None, "Panama City", ["Panamanian"], []),
    "PG": (None, "Port Moresby", ["Papua New Guinean"], ["PNG"]),
    "PY": (None, "Asuncion", ["Paraguayan"], []),
    "PE": (None, "Lima", ["Peruvian"], []),
    "PH": (None, "Manila", ["Filipino", "Philippine"], []),
    "PL": (None, "Warsaw", ["Polish"], []),
    "PT": (None, "Lisbon", ["Portuguese"], []),
    "QA": (None, "Doha", ["Qatari"], []),
    "RO": (None, "Bucharest", ["Romanian"], []),
    "RU": ("Russia", "Moscow", ["Russian"], ["Russian Federation"]),
    "RW": (None, "Kigali", ["Rwandan"], []),
    "KN": (None, "Basseterre", ["Kittitian"], ["St Kitts and Nevis"]),
    "LC": (None, "Castries", ["Saint Lucian"], ["St Lucia"]),
    "VC": (None, "Kingstown", ["Vincentian"],
           ["St Vincent and the Grenadines"]),
    "WS": (None, "Apia", ["Samoan"], []),
    "SM": (None, None, ["Sammarinese"], []),
    "ST": ("Sao Tome and Principe", None, ["Santomean"],
           ["São Tomé and Príncipe"]),
    "SA": (None, "Riyadh", ["Saudi", "Saudi Arabian"], ["KSA"]),
    "SN": (None, "Dakar", ["Senegalese"], []),
    "RS": (None, "Belgrade", ["Serbian", "Serb"], []),
    "SC": (None, None, ["Seychellois"], []),
    "SL": (None, "Freetown", ["Sierra Leonean"], []),
    "SG": (None, None, ["Singaporean"], []),
    "SK": (None, "Bratislava", ["Slovak", "Slovakian"], []),
    "SI": (None, "Ljubljana", ["Slovenian", "Slovene"], []),
    "SB": (None, "Honiara", ["Solomon Islander"], ["Solomons"]),
    "SO": (None, "Mogadishu", ["Somali"], []),
    "ZA": (None, "Pretoria", ["South African"], []),
    "SS": (None, "Juba", ["South Sudanese"], []),
    "ES": (None, "Madrid", ["Spanish", "Spaniard"], []),
    "LK": (None, "Colombo", ["Sri Lankan"], ["Ceylon"]),
    "SD": (None, "Khartoum", ["Sudanese"], []),
    "SR": (None, "Paramaribo", ["Surinamese"], []),
    "SE": (None, "Stockholm", ["Swedish", "Swede"], []),
    "CH": (None, "Bern", ["Swiss"], []),
    "SY": (None, "Damascus", ["Syrian"], ["Syrian Arab Republic"]),
    "TW": (None, "Taipei", ["Taiwanese"], ["Republic of China", "ROC"]),
    "TJ": (None, "Dushanbe", ["Tajik", "Tajikistani"], []),
    "TZ": (None, "Dodoma", ["Tanzanian"], []),
    "TH": (None, "Bangkok", ["Thai"], ["Siam"]),
    "TL": (None, "Dili", ["Timorese"], ["East Timor"]),
    "TG": (None, "Lome", ["Togolese"], []),
    "TO": (None, "Nuku'alofa", ["Tongan"], []),
    "TT": (None, "Port of Spain", ["Trinidadian", "Tobagonian"], []),
    "TN": (None, "Tunis", ["Tunisian"], []),
    "TR": ("Turkey", "Ankara", ["Turkish", "Turk"],
           ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"]),
    "TM": (None, "Ashgabat", ["Turkmen"], []),
    "TV": (None, "Funafuti", ["Tuvaluan"], []),
    "UG": (None, "Kampala", ["Ugandan"], []),
    "UA": (None, "Kyiv", ["Ukrainian"], ["The Ukraine"]),
    "AE": (None, "Abu Dhabi", ["Emirati"], ["UAE", "U.A.E.", "Emirates"]),
    "GB": (None, "London", ["British", "Briton"],
           ["UK", "U.K.", "Britain", "Great Britain"]),
    "US": (None, "Washington", ["American"],
           ["U.S.", "US", "USA", "U.S.A.", "America"]),
    "UY": (None, "Montevideo", ["Uruguayan"], []),
    "UZ": (None, "Tashkent", ["Uzbek", "Uzbekistani"], []),
    "VU": (None, "Port Vila", ["Ni-Vanuatu"], []),
    "VE": (None, "Caracas", ["Venezuelan"], []),
    "VN": ("Vietnam", "Hanoi", ["Vietnamese"], ["Viet Nam"]),
    "YE": (None, "Sanaa", ["Yemeni"], []),
    "ZM": (None, "Lusaka", ["Zambian"], []),
    "ZW": (None, "Harare", ["Zimbabwean"], []),
    # territories news mentions
    "HK": (None, None, ["Hong Konger"], ["HKSAR"]),
    "MO": ("Macau", None, ["Macanese"], ["Macao"]),
    "PR": (None, "San Juan", ["Puerto Rican"], []),
    "GL": (None, "Nuuk", ["Greenlandic", "Greenlander"], []),
    "GU": (None, None, ["Guamanian"], []),
    "FK": ("Falkland Islands", None, ["Falkland Islander"],
           ["Falklands", "Malvinas"]),
    "VI": ("U.S. Virgin Islands", None, [], ["US Virgin Islands"]),
    "VG": ("British Virgin Islands", None, [], []),
    "CC": ("Cocos Islands", None, [], ["Cocos (Keeling) Islands"]),
    "MF": ("Saint Martin", None, [], []),
    "SX": ("Sint Maarten", None, [], []),
    "BQ": ("Caribbean Netherlands", None, [], ["Bonaire"]),
    "SH": ("Saint Helena", None, [], ["St Helena"]),
    "PN": ("Pitcairn Islands", None, [], []),
    "RE": (None, None, [], ["Reunion"]),
    "CW": (None, None, [], ["Curacao"]),
    "AX": (None, None, [], ["Aland Islands"]),
    "BL": (None, None, [], ["St Barts", "St Barths"]),
}

# Not in ISO 3166-1 but treated as a country by news.
EXTRA = [
    {"name": "Kosovo", "capital": "Pristina", "demonyms": ["Kosovar"],
     "aliases": ["Republic of Kosovo"]},
]

NO_PLURAL = {"Burkinabe", "Basotho", "I-Kiribati", "Ni-Vanuatu", "Lao",
             "Philippine", "Malagasy", "Kyrgyz", "Greenlandic", "Icelandic"}


def plural(d):
    """The plural noun of demonym d ("Israeli" -> "Israelis"), or None."""
    if d in NO_PLURAL or d.endswith(("ese", "ish", "ch", "ss", "ic")):
        return None
    return d + "s"


def clean(s):
    """An ISO name usable as an alias (no "X, Y of" inversions)."""
    if not s or "," in s or "(" in s:
        return None
    return s[4:] if s.startswith("the ") else s


def entry(code, iso):
    news, capital, demonyms, extra = T.get(code, (None, None, [], []))
    name = news or clean(iso.get("common_name")) or clean(iso["name"])
    if name is None:
        sys.exit("gen-countries: no usable name for %s" % code)
    aliases = []
    for a in [iso["name"], iso.get("common_name"),
              iso.get("official_name")] + extra:
        a = clean(a) if a not in extra else a
        if a and a != name and a not in aliases:
            aliases.append(a)
    e = {"name": name}
    if aliases:
        e["aliases"] = aliases
    if demonyms:
        ds = []
        for d in demonyms:
            ds.append(d)
            p = plural(d)
            if p:
                ds.append(p)
        e["demonyms"] = ds
    if capital and capital != name:
        e["capital"] = capital
    return e


def main():
    iso_path = sys.argv[1] if len(sys.argv) > 1 else ISO
    out_path = sys.argv[2] if len(sys.argv) > 2 else OUT
    with open(iso_path, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    codes = {c["alpha_2"] for c in iso}
    unknown = set(T) - codes
    if unknown:
        sys.exit("gen-countries: table codes not in ISO: %s" % sorted(unknown))
    out = [entry(c["alpha_2"], c) for c in iso if c["alpha_2"] not in SKIP]
    out += EXTRA
    out.sort(key=lambda e: e["name"])
    names = [e["name"] for e in out]
    if len(names) != len(set(names)):
        sys.exit("gen-countries: duplicate names")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(e, ensure_ascii=True) for e in out))
        f.write("\n]\n")
    print("%s: %d entries" % (out_path, len(out)))


if __name__ == "__main__":
    main()
