/* tests/test_ingest.c - the extractor: tokens, sentences, dates, and each
 * construction of news writing it reads, one short text per case
 *
 * Each case is data: a text, an article date (or NULL), the facts it must
 * give ("Subject|predicate|Object|status", names as canonical name or any
 * alias) and facts it must not give.  The texts are written for this test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kgraph/ingest.h"

struct tcase {
	const char *name;      /* what the case shows */
	const char *published; /* article date or NULL */
	const char *text;
	const char *want[12]; /* facts that must be there */
	const char *never[6]; /* facts that must not be there */
};

static const struct tcase cases[] = {
	{ "title_with_demonym_gives_office_and_jurisdiction",
	  NULL,
	  "German Chancellor Friedrich Merz arrived in Paris.",
	  { "Friedrich Merz|holds_office|Chancellor of Germany|current",
	    "Chancellor of Germany|office_of|Germany|current" },
	  { NULL } },
	{ "title_with_country_name_and_abbreviation",
	  NULL,
	  "U.S. special envoy Steve Witkoff and British PM Keir Starmer spoke.",
	  { "Steve Witkoff|holds_office|Special Envoy of the United "
	    "States|current",
	    "Keir Starmer|holds_office|Prime Minister of the United "
	    "Kingdom|current" },
	  { NULL } },
	{ "title_of_country_with_comma_before_the_name",
	  NULL,
	  "The visit was praised by the Chancellor of Germany, Friedrich Merz.",
	  { "Friedrich Merz|holds_office|Chancellor of Germany|current" },
	  { NULL } },
	{ "title_of_organisation",
	  NULL,
	  "NATO Secretary General Mark Rutte and European Commission President "
	  "Ursula von der Leyen met in Brussels.",
	  { "Mark Rutte|holds_office|Secretary General of NATO|current",
	    "Ursula von der Leyen|holds_office|President of the European "
	    "Commission|current",
	    "President of the European Commission|office_of|European "
	    "Commission|current",
	    "Mark Rutte|met_with|Ursula von der Leyen|current" },
	  { NULL } },
	{ "event_drew_leaders",
	  NULL,
	  "The APEC summit in Lima drew Chinese President Xi Jinping and "
	  "Japanese Prime Minister Shigeru Ishiba.",
	  { "Xi Jinping|attended|APEC summit in Lima|current",
	    "Shigeru Ishiba|attended|APEC summit in Lima|current" },
	  { NULL } },
	{ "attend_with_its_own_event_is_not_the_topic",
	  NULL,
	  "Leaders met in Warsaw for the Weimar Triangle summit. Slovak Prime "
	  "Minister Robert Fico is due to attend the next meeting in "
	  "Bratislava.",
	  { "Robert Fico|attended|next meeting in Bratislava|planned" },
	  { "Robert Fico|attended|Weimar Triangle summit|planned" } },
	{ "trip_to_attend_an_event_is_no_visit_of_its_own",
	  NULL,
	  "Leaders gathered in Abuja for the ECOWAS summit. Togolese President "
	  "Faure Gnassingbe arrived in Abuja on Saturday to attend the summit.",
	  { "Faure Gnassingbe|attended|ECOWAS summit|current",
	    "Faure Gnassingbe|visited|Abuja|current" },
	  { "Faure Gnassingbe|attended|Faure Gnassingbe visit to "
	    "Abuja|current" } },
	{ "his_first_summit_counts_his_summits_not_the_series",
	  NULL,
	  "NUKU'ALOFA, Aug 26 (AFP) - Pacific leaders opened the 53rd Pacific "
	  "Islands Forum summit in Tonga on Monday. Among those present were "
	  "Fiji's Prime Minister Sitiveni Rabuka and the new prime minister of "
	  "the Cook Islands, Mark Brown, attending his first summit. "
	  "Australia's "
	  "Anthony Albanese will fly on to the Quad summit in Delaware next "
	  "month.",
	  { "Mark Brown|attended|53rd Pacific Islands Forum summit in "
	    "Tonga|current",
	    "Sitiveni Rabuka|attended|53rd Pacific Islands Forum summit in "
	    "Tonga|current" },
	  { "Mark Brown|attended|Quad summit in Delaware|current" } },
	{ "the_summit_in_a_city_is_the_ranked_summit_and_takes_its_venue",
	  "2025-11-22",
	  "Lula meets Ramaphosa at G20 summit in Johannesburg\n\n"
	  "JOHANNESBURG (Reuters) - Brazilian President Luiz Inacio Lula da "
	  "Silva held talks with South African President Cyril Ramaphosa on "
	  "Saturday on the sidelines of the 20th G20 summit, which is being "
	  "held at the Nasrec Expo Centre. The two-day G20 summit closes on "
	  "Sunday.",
	  { "G20 summit in Johannesburg|located_in|Nasrec Expo Centre|current",
	    "Cyril Ramaphosa|attended|G20 summit in Johannesburg|current",
	    "G20 summit in Johannesburg|occurred_on|2025-11-22|current" },
	  { NULL } },
	{ "a_summit_in_another_city_or_year_is_another_summit",
	  "2024-07-10",
	  "WASHINGTON (AP) - NATO leaders opened the 75th NATO summit at the "
	  "Walter E. Washington Convention Center on Wednesday. Last year's "
	  "NATO summit in Vilnius had welcomed Finland. Stoltenberg first "
	  "chaired the NATO summit in Wales in 2014.",
	  { "75th NATO summit|located_in|Walter E. Washington Convention "
	    "Center|current" },
	  { "75th NATO summit|located_in|Vilnius|current",
	    "75th NATO summit|located_in|Wales|current",
	    "75th NATO summit|occurred_on|2014|current" } },
	{ "side_meeting_chaired_with_a_list_and_arrivals_in_order",
	  "2023-07-17",
	  "Leaders of the Andean countries gather in Lima\n\n"
	  "LIMA (Reuters) - Leaders of the Andean Community meet today for "
	  "their first summit in six years. It is co-chaired by Peruvian "
	  "President Dina Boluarte and Ecuador's Guillermo Lasso. Bolivia's "
	  "Luis Arce came in first, followed by Colombian President Gustavo "
	  "Petro. Later, Boluarte chaired a side meeting on migration with "
	  "Petro and Arce.",
	  { "Guillermo Lasso|attended|first summit|current",
	    "Gustavo Petro|attended|first summit|current",
	    "Luis Arce|attended|first summit|current",
	    "Dina Boluarte|met_with|Luis Arce|current",
	    "Luis Arce|attended|side meeting|current" },
	  { NULL } },
	{ "members_listed_without_the_organisation_in_the_sentence",
	  NULL,
	  "Leaders of the Southern African Development Community met in "
	  "Harare. The community, set up in Windhoek in 1992, groups Angola, "
	  "Botswana and Zambia among others. The three founding members are "
	  "Lesotho, Malawi and Eswatini. Comoros joined in 2017, alongside the "
	  "older members, Namibia and Zimbabwe. The group's members also "
	  "include Tanzania.",
	  { "Angola|member_of|Southern African Development Community|current",
	    "Zambia|member_of|Southern African Development Community|current",
	    "Malawi|member_of|Southern African Development Community|current",
	    "Namibia|member_of|Southern African Development Community|current",
	    "Tanzania|member_of|Southern African Development "
	    "Community|current" },
	  { NULL } },
	{ "around_the_table_list_and_where_they_met_someone",
	  NULL,
	  "Defence ministers of the Nordic countries met in Tromso for two "
	  "days of talks. Around the table were:\n"
	  "- Finnish Defence Minister Antti Hakkanen\n"
	  "- Denmark's Troels Lund Poulsen\n\n"
	  "Hakkanen and Poulsen had flown in from Kyiv, where they met "
	  "President Volodymyr Zelensky.",
	  { "Antti Hakkanen|attended|talks|current",
	    "Troels Lund Poulsen|attended|talks|current",
	    "Antti Hakkanen|met_with|Volodymyr Zelensky|current",
	    "Troels Lund Poulsen|met_with|Volodymyr Zelensky|current" },
	  { "Antti Hakkanen|met_with|Troels Lund Poulsen|current" } },
	{ "held_no_meeting_is_no_meeting_a_later_session_means",
	  NULL,
	  "Milei and Lula shook hands but held no bilateral meeting. Milei "
	  "took over the presidency from Lacalle Pou at the closing session.",
	  { "Lacalle Pou|attended|closing session|current" },
	  { "Lacalle Pou|attended|bilateral meeting|current",
	    "Milei|met_with|Lula|current" } },
	{ "a_time_ends_a_sentence_and_a_who_clause_date_is_not_the_events",
	  "2024-12-06",
	  "President Luis Lacalle Pou, who leaves office on March 1, welcomed "
	  "Paraguay's Santiago Pena and Bolivian President Luis Arce to the "
	  "Mercosur summit shortly before 10 a.m. Bolivia became a full member "
	  "of the bloc in July. Ursula von der Leyen landed at Carrasco "
	  "International Airport on Thursday night and attended the summit.",
	  { "Luis Lacalle Pou|met_with|Santiago Pena|current",
	    "Santiago Pena|attended|Mercosur summit|current" },
	  { "Mercosur summit|occurred_on|2025-03-01|current",
	    "Mercosur summit|occurred_on|2024-03-01|current",
	    "Mercosur summit|occurred_on|2025-07|current",
	    "Mercosur summit|occurred_on|2024-07|current",
	    "Mercosur summit|located_in|Carrasco International "
	    "Airport|current" } },
	{ "will_chair_is_a_verb_and_leaders_on_the_list",
	  NULL,
	  "Baku will host the Turkic states summit on Wednesday. President "
	  "Ilham Aliyev will chair the summit at the Heydar Aliyev Center. "
	  "Other leaders on the list include Turkish President Recep "
	  "Tayyip Erdogan and Uzbekistan's Shavkat Mirziyoyev.",
	  { "Ilham Aliyev|attended|summit|planned",
	    "Recep Tayyip Erdogan|attended|summit|current",
	    "Shavkat Mirziyoyev|attended|summit|current" },
	  { "Ilham Aliyev|holds_office|Chairman|current" } },
	{ "two_honorifics_before_a_holder_and_shri",
	  NULL,
	  "Prime Minister Shri Narendra Modi paid a State Visit to Bhutan at "
	  "the invitation of the Prime Minister of Bhutan, H.E. Dasho Tshering "
	  "Tobgay.",
	  { "Tshering Tobgay|holds_office|Prime Minister of Bhutan|current",
	    "Narendra Modi|attended|State Visit to Bhutan|current" },
	  { NULL } },
	{ "audience_with_his_majesty_and_a_since_clause_date",
	  "2025-03-17",
	  "Prime Minister Mark Carney met Prime Minister Keir Starmer in "
	  "London. It was his first trip abroad since he was sworn in on "
	  "Friday. Carney also had an audience with His Majesty King Charles "
	  "III.",
	  { "Mark Carney|met_with|Charles III|current" },
	  { "first trip|occurred_on|2025-03-14|current" } },
	{ "he_will_attend_means_the_gathering_named_just_before",
	  "2025-03-17",
	  "Mark Carney was sworn in as prime minister on Friday. On Monday he "
	  "met Keir Starmer in London. The leaders looked forward to meeting "
	  "again at the G7 Leaders' Summit, which Canada will host in "
	  "Kananaskis from June 15 to 17. Starmer confirmed that he will "
	  "attend.",
	  { "Keir Starmer|attended|G7 Leaders' Summit|planned" },
	  { "Keir Starmer|attended|inauguration of Mark Carney|planned",
	    "Keir Starmer|attended|inauguration of Mark Carney|current" } },
	{ "a_name_with_a_lower_case_venue_noun_is_a_facility",
	  NULL,
	  "Foreign ministers opened the assembly on Wednesday at the Conmebol "
	  "convention center in Luque, a suburb of Asuncion.",
	  { "assembly|located_in|Conmebol convention center|current",
	    "Conmebol convention center|located_in|Luque|current" },
	  { NULL } },
	{ "the_previous_summit_is_not_the_one_told",
	  NULL,
	  "KUWAIT CITY, Dec 1 (AFP) - Gulf leaders gathered at Bayan Palace "
	  "for the bloc's 45th annual summit. Qatar's Emir Sheikh Tamim bin "
	  "Hamad Al Thani attended the summit. The previous summit, in Doha "
	  "in December 2023, was attended by Turkish President Recep Tayyip "
	  "Erdogan as a guest.",
	  { "Tamim bin Hamad Al Thani|attended|45th annual summit|current" },
	  { "Recep Tayyip Erdogan|attended|45th annual summit|current",
	    "45th annual summit|located_in|Doha|current" } },
	{ "courtesy_call_on_x_and_met_y",
	  NULL,
	  "Pope Francis arrived in Ulaanbaatar on Friday. Afterwards he paid "
	  "a courtesy call on Prime Minister Luvsannamsrain Oyun-Erdene and "
	  "met Gombojav Zandanshatar, the chairman of the parliament.",
	  { "Francis|met_with|Luvsannamsrain Oyun-Erdene|current",
	    "Francis|met_with|Gombojav Zandanshatar|current" },
	  { "Luvsannamsrain Oyun-Erdene|met_with|Gombojav "
	    "Zandanshatar|current" } },
	{ "hosted_his_counterparts_and_a_place_in_a_since_clause",
	  "2024-02-12",
	  "French Foreign Minister Stephane Sejourne hosted his German and "
	  "Polish counterparts, Annalena Baerbock and Radoslaw Sikorski, at "
	  "the "
	  "Chateau de La Celle-Saint-Cloud on Monday. It was the first "
	  "meeting of the group since the new government took office in Warsaw "
	  "in December.",
	  { "Stephane Sejourne|met_with|Annalena Baerbock|current",
	    "Stephane Sejourne|met_with|Radoslaw Sikorski|current",
	    "Radoslaw Sikorski|attended|Sejourne-Baerbock meeting|current" },
	  { "first meeting|located_in|Warsaw|current",
	    "Sejourne-Baerbock meeting|located_in|Warsaw|current" } },
	{ "the_leaders_meeting_is_not_the_parallel_meeting",
	  NULL,
	  "Chancellor Olaf Scholz hosted the leaders of the Western Balkans in "
	  "Berlin for the annual summit of the Berlin Process. Foreign "
	  "Minister Annalena Baerbock chaired a parallel meeting of foreign "
	  "ministers at the Federal Foreign Office.\n\n"
	  "Taking part in the leaders' meeting were:\n"
	  "- Edi Rama, Prime Minister of Albania\n"
	  "- Albin Kurti, Prime Minister of Kosovo\n",
	  { "Edi Rama|attended|annual summit|current" },
	  { "Edi Rama|attended|parallel meeting|current" } },
	{ "mr_surname_is_the_office_holder_not_his_daughter",
	  NULL,
	  "Nepal's Prime Minister Pushpa Kamal Dahal visited Ujjain on "
	  "Friday. Accompanied by his daughter, Ganga Dahal, the visiting "
	  "leader drove to the temple. Later Mr Dahal met Narendra Modi.",
	  { "Pushpa Kamal Dahal|met_with|Narendra Modi|current" },
	  { "Ganga Dahal|met_with|Narendra Modi|current" } },
	{ "a_quoted_nickname_after_a_name_is_that_person",
	  NULL,
	  "PM Prachanda prays at Ujjain temple\n\n"
	  "Nepal's Prime Minister Pushpa Kamal Dahal 'Prachanda' visited "
	  "Ujjain on Friday. Prachanda later met Chief Minister Shivraj Singh "
	  "Chouhan.",
	  { "Pushpa Kamal Dahal|met_with|Shivraj Singh Chouhan|current",
	    "Pushpa Kamal Dahal|holds_office|Prime Minister of Nepal|current" },
	  { NULL } },
	{ "a_formal_name_and_its_short_form_are_one_event",
	  "2024-10-04",
	  "VILLERS-COTTERETS, France (AFP) - Emmanuel Macron opened the 19th "
	  "Summit of the International Organisation of La Francophonie on "
	  "Friday. Canada's Justin Trudeau attended the Francophonie summit. "
	  "Leaders of ASEAN met for the ASEAN summit in Vientiane, and the "
	  "ASEAN-China summit followed.",
	  { "Justin Trudeau|attended|19th Summit of the International "
	    "Organisation of La Francophonie|current" },
	  { "ASEAN-China summit|located_in|Villers-Cotterets|current",
	    "Justin Trudeau|attended|ASEAN summit in Vientiane|current" } },
	{ "the_summit_which_a_country_will_host_in_a_place",
	  NULL,
	  "OTTAWA, March 17 (Reuters) - The leaders looked forward to meeting "
	  "again at the G7 Leaders' "
	  "Summit, which Canada will host in Kananaskis, Alberta, from June 15 "
	  "to 17.",
	  { "G7 Leaders' Summit|located_in|Kananaskis|current",
	    "G7 Leaders' Summit|located_in|Alberta|current" },
	  { NULL } },
	{ "membership_told_by_a_dash_list_formed_by_and_of_which",
	  NULL,
	  "Leaders of the African Union met in Addis Ababa. Four member states "
	  "- Gabon, Guinea, Mali and Niger - were absent. The AU has suspended "
	  "all four under Article 30 of its Constitutive Act. Mali joined the "
	  "Alliance of Sahel States, formed by Burkina Faso, Mali and Niger. "
	  "The bloc Igad, of which Sudan is a member, offered to mediate.",
	  { "Gabon|member_of|African Union|current",
	    "Niger|member_of|African Union|current",
	    "African Union|invokes|Article 30|current",
	    "Article 30|part_of|Constitutive Act|current",
	    "Burkina Faso|member_of|Alliance of Sahel States|current",
	    "Sudan|member_of|Igad|current" },
	  { NULL } },
	{ "an_apposition_naming_an_event_before_sat_down_with",
	  NULL,
	  "Christopher Luxon, attending his first forum as New Zealand's prime "
	  "minister, sat down with Fiji's Sitiveni Rabuka on Tuesday.",
	  { "Christopher Luxon|met_with|Sitiveni Rabuka|current" },
	  { NULL } },
	{ "a_treaty_signed_by_two_in_the_passive",
	  "2024-07-08",
	  "The Reciprocal Access Agreement was signed on Monday at Malacanang "
	  "Palace in Manila by Japanese Foreign Minister Yoko Kamikawa and "
	  "Philippine Defence Secretary Gilberto Teodoro.",
	  { "Yoko Kamikawa|met_with|Gilberto Teodoro|current",
	    "Gilberto Teodoro|attended|signing of the Reciprocal Access "
	    "Agreement|current",
	    "signing of the Reciprocal Access Agreement|located_in|Malacanang "
	    "Palace|current" },
	  { NULL } },
	{ "a_forum_counted_by_its_members_is_the_organisation",
	  "2024-11-16",
	  "President Dina Boluarte opened the APEC Economic Leaders' Meeting "
	  "on "
	  "Friday at the Lima Convention Center. The 21-member forum last met "
	  "in Peru in 2016. Among the leaders who came were Chinese President "
	  "Xi Jinping and Japan's Shigeru Ishiba.",
	  { "Xi Jinping|attended|APEC Economic Leaders' Meeting|current" },
	  { "21-member forum|occurred_on|2016|current",
	    "Xi Jinping|attended|21-member forum|current" } },
	{ "rt_hon_before_a_name",
	  NULL,
	  "The ceremony was attended by the Speaker of Parliament, Rt. Hon. "
	  "Alban Bagbin, and by the Rt Hon Keir Starmer.",
	  { "Alban Bagbin|holds_office|Speaker of Parliament|current",
	    "Alban Bagbin|attended|ceremony|current" },
	  { "Rt|attended|ceremony|current" } },
	{ "a_building_named_after_a_gathering_is_a_facility",
	  NULL,
	  "President John Mahama received Captain Ibrahim Traore at the "
	  "Jubilee House on Tuesday.",
	  { "John Mahama|met_with|Ibrahim Traore|current" },
	  { "John Mahama|attended|Jubilee|current",
	    "Ibrahim Traore|attended|Jubilee|current" } },
	{ "they_met_refers_to_the_two_named_before",
	  NULL,
	  "TOKYO, May 20 (Kyodo) -- Prime Minister Fumio Kishida and South "
	  "Korean President Yoon Suk Yeol agreed on Saturday to deepen "
	  "cooperation when they met in Hiroshima, where the Group of Seven "
	  "summit is being held. Xi Jinping welcomed Prabowo Subianto before "
	  "the two heads of state held talks.",
	  { "Fumio Kishida|met_with|Yoon Suk Yeol|current",
	    "Xi Jinping|met_with|Prabowo Subianto|current" },
	  { NULL } },
	{ "the_demonym_leader_is_the_one_bare_leader",
	  NULL,
	  "MERZ AND TUSK VOW CLOSER TIES AT BORDER TALKS\n\n"
	  "Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk met "
	  "on the bridge on Tuesday. The German leader later met Brandenburg's "
	  "premier, Dietmar Woidke.",
	  { "Friedrich Merz|met_with|Dietmar Woidke|current",
	    "Friedrich Merz|attended|talks|current" },
	  { "Donald Tusk|met_with|Dietmar Woidke|current" } },
	{ "live_blog_date_line_and_last_years_gathering",
	  NULL,
	  "LIVE: Leaders meet in Baghdad for the summit\n\n"
	  "Saturday 17 May 2025, last updated 16:05 Baghdad time\n\n"
	  "16:05\nThe summit has closed. Bahrain hosted last year's gathering "
	  "in Manama.\n\n15:20\nOn the sidelines, Iraqi Prime Minister "
	  "Mohammed Shia al-Sudani met Pedro Sanchez. UN Secretary-General "
	  "Antonio Guterres is addressing the leaders now.\n\n12:30\n"
	  "Arrivals so far: Egypt's President Abdel Fattah al-Sisi and "
	  "Palestinian President Mahmoud Abbas. Sudani opened the 34th Arab "
	  "League summit, the first held in Baghdad since 2012.",
	  { "Pedro Sanchez|attended|34th Arab League summit|current",
	    "Antonio Guterres|attended|34th Arab League summit|current",
	    "Mahmoud Abbas|attended|34th Arab League summit|current" },
	  { "Pedro Sanchez|attended|gathering in Manama|current",
	    "34th Arab League summit|occurred_on|2012|current" } },
	{ "as_were_shares_the_attendance_of_the_sentence",
	  NULL,
	  "Emperor Naruhito was enthroned at a ceremony in Tokyo. Prince "
	  "Charles was in the hall, as were King Philippe of Belgium and "
	  "Spain's "
	  "King Felipe VI. Syria was readmitted to the Arab League in 2023.",
	  { "Philippe|attended|ceremony in Tokyo|current",
	    "Felipe VI|attended|ceremony in Tokyo|current",
	    "Syria|member_of|Arab League|current" },
	  { NULL } },
	{ "facility_name_with_and_and_ranked_past_event",
	  "2023-07-27",
	  "President Yoweri Museveni is in St Petersburg for the second "
	  "Russia-Africa Summit. The summit has drawn South African President "
	  "Cyril Ramaphosa. The two-day summit opened on Thursday at the "
	  "Expoforum Convention and "
	  "Exhibition Centre. The first summit, held in Sochi in 2019, drew 43 "
	  "leaders.",
	  { "Cyril Ramaphosa|attended|second Russia-Africa Summit|current",
	    "second Russia-Africa Summit|located_in|Expoforum Convention and "
	    "Exhibition Centre|current",
	    "first summit|located_in|Sochi|current" },
	  { "second Russia-Africa Summit|located_in|Sochi|current" } },
	{ "office_keeps_the_title_as_written_as_an_alias",
	  NULL,
	  "Azali Assoumani of the Comoros, the current chairperson of the "
	  "African Union, arrived in Sochi. Chinese Premier Li Qiang met him.",
	  { "Azali Assoumani|holds_office|chairperson of the African "
	    "Union|current",
	    "Li Qiang|holds_office|Chinese Premier|current" },
	  { NULL } },
	{ "convention_centre_is_no_event",
	  NULL,
	  "The Mercosur summit opened in Luque. Santiago Pena welcomed Luis "
	  "Lacalle Pou at the convention centre. Leaders taking part included "
	  "Javier Milei.",
	  { "Javier Milei|attended|Mercosur summit|current" },
	  { "Javier Milei|attended|convention|current",
	    "Santiago Pena|attended|convention|current" } },
	{ "his_excellency_abbreviated_is_an_honorific",
	  NULL,
	  "Leaders met in Abuja for the ECOWAS summit.\n\nTaking part were "
	  "H.E. Alassane Ouattara, President of Ivory Coast; and H.E. Faure "
	  "Gnassingbe, President of Togo.",
	  { "Alassane Ouattara|attended|ECOWAS summit|current",
	    "Faure Gnassingbe|attended|ECOWAS summit|current" },
	  { NULL } },
	{ "two_offices_in_one_apposition",
	  NULL,
	  "The summit opened under the chairmanship of Bola Tinubu, President "
	  "of Nigeria and Chairman of the ECOWAS Authority. Sheikh Mohammed "
	  "bin "
	  "Rashid, Vice President and Prime Minister of the UAE, attended.",
	  { "Bola Tinubu|holds_office|President of Nigeria|current",
	    "Bola Tinubu|holds_office|Chairman of ECOWAS Authority|current",
	    "Mohammed bin Rashid|holds_office|Prime Minister of the United "
	    "Arab Emirates|current" },
	  { NULL } },
	{ "story_labels_are_no_names",
	  NULL,
	  "TIMELINE: How Tokyo and Seoul restarted their talks\n\n"
	  "Japan and South Korea both belong to the grouping's 21 members. "
	  "Key meetings followed.",
	  { NULL },
	  { "Japan|member_of|TIMELINE|current",
	    "Japan|member_of|TIMELINE: How Tokyo|current" } },
	{ "second_verb_of_a_subject_after_a_met_object",
	  NULL,
	  "President Prabowo held a meeting with Premier Li Qiang and was "
	  "received by Zhao Leji. Xi Jinping and Peng Liyuan hosted a state "
	  "banquet in honour of Prabowo.",
	  { "Prabowo|met_with|Zhao Leji|current",
	    "Xi Jinping|attended|state banquet|current",
	    "Peng Liyuan|attended|state banquet|current",
	    "Prabowo|attended|state banquet|current" },
	  { "Li Qiang|met_with|Zhao Leji|current" } },
	{ "pointed_to_an_article_invokes_it",
	  NULL,
	  "Anthony Albanese pointed to Article 4 of the Falepili Union Treaty. "
	  "Article 5 of the North Atlantic Treaty, also referred to as the "
	  "Washington Treaty, is the cornerstone of NATO.",
	  { "Anthony Albanese|invokes|Article 4|current" },
	  { "Anthony Albanese|invokes|Washington Treaty|current",
	    "Anthony Albanese|invokes|North Atlantic Treaty|current" } },
	{ "members_of_the_forum_is_the_organisation",
	  NULL,
	  "The Pacific Islands Forum met in Seoul. Australia and New Zealand, "
	  "both members of the 18-nation forum, did not send their leaders.",
	  { "Australia|member_of|Pacific Islands Forum|current",
	    "New Zealand|member_of|Pacific Islands Forum|current" },
	  { NULL } },
	{ "capitalised_headline_name_joins_the_full_name",
	  NULL,
	  "PRESIDENT CLAUDIA SHEINBAUM RECEIVES MARK CARNEY\n\n"
	  "The President of Mexico, Claudia Sheinbaum Pardo, today received "
	  "the Prime Minister of Canada, Mark Carney, at the National Palace.",
	  { "CLAUDIA SHEINBAUM|holds_office|President of Mexico|current",
	    "Claudia Sheinbaum Pardo|met_with|Mark Carney|current" },
	  { NULL } },
	{ "founding_summit_of_an_acronym_organisation",
	  "2024-02-07",
	  "In 2019 Sebastian Pinera hosted the founding summit of PROSUR, a "
	  "forum meant to replace Unasur, at La Moneda Palace in Santiago. The "
	  "gathering drew Ivan Duque and Jair Bolsonaro. Chile was due to host "
	  "the APEC summit later that year.",
	  { "Jair Bolsonaro|attended|founding summit of PROSUR|current",
	    "founding summit of PROSUR|located_in|La Moneda Palace|current" },
	  { "Jair Bolsonaro|attended|APEC summit|current" } },
	{ "a_named_event_of_another_month_is_not_the_story_one",
	  "2021-11-18",
	  "WASHINGTON, Nov 18 (Reuters) - U.S. President Joe Biden hosted the "
	  "North American Leaders' Summit at the White House on Thursday.\n\n"
	  "Mexican President Andres Manuel Lopez Obrador skipped the Group of "
	  "20 summit in Rome last month.\n\nAt the summit, Canadian Prime "
	  "Minister Justin Trudeau sat down with Lopez Obrador.",
	  { "Justin Trudeau|attended|North American Leaders' Summit|current" },
	  { "Justin Trudeau|attended|Group of 20 summit in Rome|current" } },
	{ "date_line_after_a_byline_between_bars",
	  NULL,
	  "Milei passes the Mercosur baton to Lula\n\n"
	  "Analysis | By Martina Goldberg | Buenos Aires, July 4, 2025\n\n"
	  "The Mercosur summit that Argentina hosted on Thursday at the "
	  "Palacio "
	  "San Martin was supposed to be about trade.",
	  { "Mercosur summit|occurred_on|2025-07-03|current" },
	  { NULL } },
	{ "formal_event_name_with_several_ofs",
	  NULL,
	  "The 46th Regular Meeting of the Conference of Heads of Government "
	  "of "
	  "the Caribbean Community (CARICOM) was held from 25 to 28 February "
	  "2024 at the Arthur Chung Conference Centre in Georgetown, Guyana.",
	  { "46th Regular Meeting of the Conference of Heads of Government of "
	    "the Caribbean Community|located_in|Arthur Chung Conference "
	    "Centre|current" },
	  { "Conference of Heads|located_in|Georgetown|current" } },
	{ "brought_together_the_hosts_and_joined_counterparts",
	  NULL,
	  "President Alexander Stubb co-hosted the Baltic Sea NATO Allies "
	  "Summit. The meeting brought together the two hosts, Danish Prime "
	  "Minister Mette Frederiksen, German Chancellor Olaf Scholz, Latvian "
	  "President Edgars Rinkevics and Lithuanian President Gitanas "
	  "Nauseda. "
	  "Sweden's Ulf Kristersson joined his counterparts in the Finnish "
	  "capital, as did NATO Secretary General Mark Rutte.",
	  { "Olaf Scholz|attended|Baltic Sea NATO Allies Summit|current",
	    "Gitanas Nauseda|attended|Baltic Sea NATO Allies Summit|current",
	    "Ulf Kristersson|attended|Baltic Sea NATO Allies Summit|current",
	    "Mark Rutte|attended|Baltic Sea NATO Allies Summit|current" },
	  { "Olaf Scholz|met_with|Edgars Rinkevics|current" } },
	{ "the_group_is_the_group_named_before",
	  NULL,
	  "The Visegrad Group met in Prague. Poland, Hungary, the Czech "
	  "Republic and Slovakia, the group's four members, disagree on "
	  "Ukraine.",
	  { "Poland|member_of|Visegrad Group|current",
	    "Slovakia|member_of|Visegrad Group|current" },
	  { NULL } },
	{ "list_item_with_a_possessive_apposition",
	  NULL,
	  "The funeral took place at the Metropolitan Cathedral of Athens. The "
	  "guest list included Queen Letizia, Queen Margrethe II, Anne-Marie's "
	  "sister, King Carl XVI Gustaf of Sweden and Prince Albert II.",
	  { "Margrethe II|attended|funeral|current",
	    "Carl XVI Gustaf|attended|funeral|current",
	    "Albert II|attended|funeral|current" },
	  { NULL } },
	{ "a_bilateral_is_a_meeting",
	  NULL,
	  "Keir Starmer has just finished a bilateral with Italy's Giorgia "
	  "Meloni at Blenheim Palace.",
	  { "Keir Starmer|met_with|Giorgia Meloni|current" },
	  { NULL } },
	{ "organisation_titles_from_the_generic_path",
	  NULL,
	  "EU foreign policy chief Josep Borrell and USAID Administrator "
	  "Samantha Power arrived.",
	  { "Foreign Policy Chief of the European Union|office_of|European "
	    "Union|current",
	    "Samantha Power|holds_office|Administrator of USAID|current" },
	  { NULL } },
	{ "put_their_names_to_and_the_capitalised_forum",
	  NULL,
	  "Leaders of the Pacific Islands Forum met in Rarotonga. Anthony "
	  "Albanese and Kausea Natano put their names to the agreement "
	  "on the sidelines of the Pacific Islands Forum Leaders Meeting. The "
	  "Forum's 18 members include New Caledonia and French Polynesia.",
	  { "Kausea Natano|attended|signing of the agreement|current",
	    "New Caledonia|member_of|Pacific Islands Forum|current" },
	  { NULL } },
	{ "the_first_to_make_a_visit",
	  NULL,
	  "Yoon Suk Yeol becomes the first South Korean president in 12 years "
	  "to make a bilateral visit to Japan.",
	  { "Yoon Suk Yeol|attended|bilateral visit to Japan|current" },
	  { NULL } },
	{ "presided_officials_at_the_table_and_along_with",
	  NULL,
	  "The CARICOM summit opened in Georgetown. Guyana's president, Irfaan "
	  "Ali, CARICOM's current chairman, presided. Antony Blinken and "
	  "Chrystia Freeland were among the officials at the table. Gabriel "
	  "Boric is expected to attend a state funeral in Santiago on Friday, "
	  "along with former presidents Michelle Bachelet and Eduardo Frei.",
	  { "Irfaan Ali|attended|CARICOM summit|current",
	    "Chrystia Freeland|attended|CARICOM summit|current",
	    "Michelle Bachelet|attended|state funeral in Santiago|planned" },
	  { NULL } },
	{ "country_hosts_the_next_summit_in_a_coming_month",
	  "2025-07-04",
	  "Leaders met in Buenos Aires for the Mercosur summit. Brazil will "
	  "host the next summit, in Foz do Iguacu, in December. Paraguay will "
	  "host a ministerial meeting in March.",
	  { "next summit|located_in|Brazil|current",
	    "next summit|located_in|Foz do Iguacu|current",
	    "next summit|occurred_on|2025-12|current",
	    "ministerial meeting|occurred_on|2026-03|current" },
	  { "next summit|occurred_on|2024-12|current" } },
	{ "the_president_is_the_one_the_story_is_about",
	  NULL,
	  "Bola Tinubu, Nigeria's president, landed in New York on Sunday. Mr "
	  "Tinubu sat down with Cyril Ramaphosa. Tinubu was among the guests "
	  "at "
	  "a reception hosted by US President Joe Biden. On Wednesday the "
	  "president addressed investors at a forum. He also met Microsoft's "
	  "president, Brad Smith.",
	  { "Bola Tinubu|met_with|Brad Smith|current" },
	  { "Joe Biden|met_with|Brad Smith|current" } },
	{ "live_blog_here_is_where_it_said_good_morning_from",
	  "2024-07-18",
	  "Good morning from Blenheim Palace in Woodstock, Oxfordshire, the "
	  "birthplace of Winston Churchill. The fourth summit of the European "
	  "Political Community opens here today.",
	  { "fourth summit|located_in|Blenheim Palace|current",
	    "fourth summit|located_in|Woodstock|current" },
	  { NULL } },
	{ "flies_on_to_a_coming_weekday",
	  "2024-02-29",
	  "Lula flies on to Kingstown, St Vincent, for Friday's CELAC summit.",
	  { "CELAC summit|occurred_on|2024-03-01|current" },
	  { "CELAC summit|occurred_on|2024-02-23|current" } },
	{ "an_organisation_in_an_event_name_is_named_too",
	  NULL,
	  "Sudani opened the 34th Arab League summit in Baghdad. Syria was "
	  "readmitted to the league in 2023.",
	  { "Syria|member_of|Arab League|current" },
	  { NULL } },
	{ "the_leagues_title_across_sentences",
	  NULL,
	  "The Arab League met in Jeddah. Ahmed Aboul Gheit, the league's "
	  "secretary-general, read the communique.",
	  { "Ahmed Aboul Gheit|holds_office|Secretary General of the Arab "
	    "League|current",
	    "Secretary General of the Arab League|office_of|Arab "
	    "League|current" },
	  { NULL } },
	{ "tonight_this_morning_last_night",
	  "2024-07-18",
	  "King Charles III is hosting a reception for the leaders tonight. "
	  "Abiy Ahmed received Giorgia Meloni at the National Palace this "
	  "morning. The secretary-general arrived at a dinner last night.",
	  { "reception|occurred_on|2024-07-18|current",
	    "dinner|occurred_on|2024-07-17|current" },
	  { NULL } },
	{ "event_names_differing_by_rank_or_annual_are_one_event",
	  "2024-02-17",
	  "Leaders opened the 60th Munich Security Conference on Friday. "
	  "Chancellor Olaf Scholz attended the Munich Security Conference. "
	  "Earlier, Scholz spoke at the 45th ASEAN Summit. The first ASEAN "
	  "Summit was held in Bali, Indonesia.",
	  { "Olaf Scholz|attended|60th Munich Security Conference|current" },
	  { "45th ASEAN Summit|located_in|Bali|current" } },
	{ "jurisdiction_after_the_name",
	  NULL,
	  "President Joseph R. Biden, Jr. met with Prime Minister Keir Starmer "
	  "of the United Kingdom at the White House.",
	  { "Keir Starmer|holds_office|Prime Minister of the United "
	    "Kingdom|current",
	    "Joseph R. Biden, Jr.|met_with|Keir Starmer|current",
	    "Keir Starmer|attended|Biden-Starmer meeting|current" },
	  { NULL } },
	{ "apposition_gives_office",
	  NULL,
	  "Steve Witkoff, a special envoy for Trump, said talks went well. "
	  "Rishi Sunak, the British prime minister, agreed.",
	  { "Steve Witkoff|holds_office|Special Envoy|current",
	    "Rishi Sunak|holds_office|Prime Minister of the United "
	    "Kingdom|current" },
	  { NULL } },
	{ "title_between_two_names_goes_by_the_list_style",
	  NULL,
	  "Brussels sent three: Ursula von der Leyen, the president of the "
	  "European Commission, Antonio Costa, who chairs the European "
	  "Council, and Roberta Metsola.\n\nThe talks will include Spain's "
	  "Pedro Sanchez, the Chancellor of Germany, Friedrich Merz, and "
	  "Donald Tusk.",
	  { "Ursula von der Leyen|holds_office|President of the European "
	    "Commission|current",
	    "Friedrich Merz|holds_office|Chancellor of Germany|current" },
	  { "Antonio Costa|holds_office|President of the European "
	    "Commission|current",
	    "Pedro Sanchez|holds_office|Chancellor of Germany|current" } },
	{ "lists_along_with_and_titles_after_as",
	  NULL,
	  "The Riyadh talks began on Monday. Washington was represented by "
	  "Steve Witkoff, a White House aide, along with Marco Rubio. Javier "
	  "Milei will be sworn in as the 59th President of Argentina. Madrid "
	  "chose not to invoke Article 222 of the Treaty on the Functioning "
	  "of the European Union.",
	  { "Marco Rubio|attended|Riyadh talks|current",
	    "Steve Witkoff|attended|Riyadh talks|current",
	    "Javier Milei|holds_office|President of Argentina|planned",
	    "Article 222|part_of|Treaty on the Functioning of the European "
	    "Union|current" },
	  { NULL } },
	{ "ordinals_honorifics_and_fronted_places",
	  NULL,
	  "Mourners gathered for the funeral of Gerald Ford, the 38th "
	  "president of the United States. The group was led by Qatar's prime "
	  "minister and foreign minister, Sheikh Mohammed bin Abdulrahman Al "
	  "Thani. At the council meeting in New York, Antonio Guterres warned "
	  "of collapse. Delegates elected Comrade Paul Mashatile as Deputy "
	  "President of the ANC, Comrade Gwede Mantashe as National "
	  "Chairperson.",
	  { "Gerald Ford|holds_office|President of the United States|current",
	    "Mohammed bin Abdulrahman Al Thani|holds_office|Prime Minister of "
	    "Qatar|current",
	    "Mohammed bin Abdulrahman Al Thani|holds_office|Foreign Minister "
	    "of Qatar|current",
	    "Paul Mashatile|holds_office|Deputy President of the African "
	    "National Congress|current" },
	  { "Gwede Mantashe|holds_office|Deputy President of African "
	    "National Congress|current" } },
	{ "adjectives_in_titles_and_who_is_also",
	  NULL,
	  "Joe Biden met South Korea's new president, Yoon Suk Yeol, in "
	  "Seoul. Shinzo Abe, Japan's longest-serving prime minister, was "
	  "shot in Nara. President Macky Sall of Senegal, who is also the "
	  "current Chairperson of the African Union, spoke. The new president "
	  "sat down with Jill Biden.",
	  { "Yoon Suk Yeol|holds_office|President of South Korea|current",
	    "Shinzo Abe|holds_office|Prime Minister of Japan|current",
	    "Macky Sall|holds_office|Chairman of the African Union|current" },
	  { NULL } },
	{ "former_office_is_not_current",
	  NULL,
	  "Former US President Barack Obama attended the Paris summit.",
	  { "Barack Obama|holds_office|President of the United States|former",
	    "Barack Obama|attended|Paris summit|current" },
	  { "Barack Obama|holds_office|President of the United "
	    "States|current" } },
	{ "former_in_apposition",
	  NULL,
	  "Rasa Petraitis, a former defence minister, said talks would go on.",
	  { "Rasa Petraitis|holds_office|Defence Minister|former" },
	  { "Rasa Petraitis|holds_office|Defence Minister|current" } },
	{ "elect_is_planned",
	  NULL,
	  "President-elect Lee Jae-myung of South Korea thanked voters.",
	  { "Lee Jae-myung|holds_office|President of South Korea|planned" },
	  { NULL } },
	{ "participant_list_attends_the_meeting_planned",
	  NULL,
	  "The scheduled meeting in Washington will include French President "
	  "Emmanuel Macron, Italian Prime Minister Giorgia Meloni and NATO "
	  "Secretary General Mark Rutte.",
	  { "Emmanuel Macron|attended|scheduled meeting in Washington|planned",
	    "Giorgia Meloni|attended|scheduled meeting in Washington|planned",
	    "Mark Rutte|attended|scheduled meeting in Washington|planned",
	    "scheduled meeting in Washington|located_in|Washington|current" },
	  { NULL } },
	{ "bringing_together_gives_meeting",
	  NULL,
	  "A forthcoming meeting is scheduled in Geneva, bringing together "
	  "Donald Trump and Volodymyr Zelensky.",
	  { "Donald Trump|met_with|Volodymyr Zelensky|planned",
	    "Donald Trump|attended|forthcoming meeting|planned",
	    "forthcoming meeting|located_in|Geneva|current" },
	  { NULL } },
	{ "talks_between",
	  NULL,
	  "The talks between Narendra Modi and Xi Jinping lasted an hour.",
	  { "Narendra Modi|attended|talks|current",
	    "Narendra Modi|met_with|Xi Jinping|current" },
	  { NULL } },
	{ "hosted_and_welcomed",
	  NULL,
	  "President Joe Biden welcomed Japanese Prime Minister Fumio Kishida "
	  "to a trilateral summit at Camp David.",
	  { "Joe Biden|met_with|Fumio Kishida|current",
	    "Fumio Kishida|attended|trilateral summit at Camp David|current",
	    "trilateral summit at Camp David|located_in|Camp David|current" },
	  { NULL } },
	{ "held_talks_mutual",
	  NULL,
	  "Emmanuel Macron and Olaf Scholz held talks in Berlin on Monday.",
	  { "Emmanuel Macron|met_with|Olaf Scholz|current" },
	  { NULL } },
	{ "meeting_after_a_journey_and_a_second_meeting",
	  NULL,
	  "Kenyan President William Ruto flew to Kampala on Monday and held "
	  "talks there with Yoweri Museveni. Ruto held talks with Samia "
	  "Suluhu Hassan and later met Paul Kagame.",
	  { "William Ruto|met_with|Yoweri Museveni|current",
	    "William Ruto|met_with|Samia Suluhu Hassan|current",
	    "William Ruto|met_with|Paul Kagame|current" },
	  { "Samia Suluhu Hassan|met_with|Paul Kagame|current" } },
	{ "meetings_after_a_relative_clause",
	  NULL,
	  "Chancellor Friedrich Merz, who spoke by phone with Xi Jinping on "
	  "Monday, will receive Keir Starmer in Berlin on Friday and is due "
	  "to meet Donald Tusk in Warsaw next week.",
	  { "Friedrich Merz|met_with|Keir Starmer|planned",
	    "Friedrich Merz|met_with|Donald Tusk|planned" },
	  { "Friedrich Merz|met_with|Xi Jinping|current" } },
	{ "hosted_at_an_event_and_joined_for_it",
	  NULL,
	  "Earlier, the two ministers held a bilateral meeting, and Kamala "
	  "Harris hosted Kishida Fumio at a luncheon. Antony Blinken and Jake "
	  "Sullivan joined the President for the summit in Washington.",
	  { "Kamala Harris|attended|luncheon|current",
	    "Kishida Fumio|attended|luncheon|current",
	    "Jake Sullivan|attended|summit in Washington|current" },
	  { "Kamala Harris|attended|bilateral meeting|current" } },
	{ "a_wished_for_meeting_has_no_attendance",
	  NULL,
	  "Diplomats said real progress would require a meeting between "
	  "Donald Trump and Vladimir Putin. Kyiv called for talks between "
	  "Volodymyr Zelensky and Putin.",
	  { NULL },
	  { "Donald Trump|attended|meeting|planned",
	    "Donald Trump|attended|meeting|current",
	    "Volodymyr Zelensky|attended|talks|current" } },
	{ "the_two_prime_ministers_met",
	  NULL,
	  "Prime Minister James Marape flew into Canberra on Sunday with "
	  "Defence Minister Billy Joseph. Prime Minister Anthony Albanese "
	  "hosted the delegation at a morning ceremony, and the two prime "
	  "ministers then held talks over lunch.",
	  { "James Marape|met_with|Anthony Albanese|current" },
	  { "Billy Joseph|met_with|Anthony Albanese|current" } },
	{ "a_bilateral_meeting_is_an_event",
	  NULL,
	  "Samoan Prime Minister Fiame Naomi Mata'afa held a bilateral "
	  "meeting with British Prime Minister Keir Starmer. Starmer and "
	  "Canadian Prime Minister Justin Trudeau met on the margins.",
	  { "Fiame Naomi Mata'afa|attended|bilateral meeting|current",
	    "Keir Starmer|met_with|Justin Trudeau|current" },
	  { NULL } },
	{ "joined_on_stage_through_a_title_and_honorific",
	  NULL,
	  "Abdel Fattah El-Sisi and Donald Trump co-chaired the Gaza peace "
	  "summit on Monday. The two presidents were joined on the stage by "
	  "Qatar's Emir Sheikh Tamim bin Hamad Al-Thani.",
	  { "Abdel Fattah El-Sisi|attended|Gaza peace summit|current",
	    "Tamim bin Hamad Al-Thani|attended|Gaza peace summit|current" },
	  { NULL } },
	{ "a_trip_for_a_summit_or_for_talks",
	  NULL,
	  "In a meeting with Petr Fiala, Christian Stocker spoke of energy. "
	  "Slovak Prime Minister Robert Fico will travel to Brussels for the "
	  "EU summit on Thursday. Hungarian Prime Minister Viktor Orban "
	  "arrived in Berlin on Tuesday for talks with Chancellor Friedrich "
	  "Merz.",
	  { "Robert Fico|attended|EU summit|current",
	    "Viktor Orban|met_with|Friedrich Merz|current" },
	  { "Robert Fico|attended|Robert Fico visit to Brussels|current",
	    "Petr Fiala|attended|EU summit|current" } },
	{ "talks_placed_before_keep_their_name",
	  NULL,
	  "GENEVA, Jan. 20 (Reuters) - The talks, which began on Monday in "
	  "Geneva, will resume next week. The G7 summit, held in Hiroshima "
	  "from May 19 to 21, ended with a declaration. Foreign ministers of "
	  "the Quad gathered in Tokyo on Tuesday.",
	  { "talks|located_in|Geneva|current",
	    "G7 summit|located_in|Hiroshima|current" },
	  { "G7 summit|located_in|Geneva|current",
	    "Quad|attended|G7 summit|current" } },
	{ "dateline_country_places_the_events_of_its_city",
	  NULL,
	  "Lake summit opens\n\nKISUMU, Kenya, March 3 (AFP) - East African "
	  "leaders opened a summit in Kisumu on Monday. A donors' meeting in "
	  "Geneva is planned for May.",
	  { "summit|located_in|Kisumu|current",
	    "summit|located_in|Kenya|current" },
	  { "Kisumu|located_in|Kenya|current",
	    "donors' meeting|located_in|Kenya|current" } },
	{ "clauses_around_the_subject_of_a_meeting",
	  NULL,
	  "ACCRA, May 2 (Reuters) - African Union leaders opened a summit in "
	  "Accra on Tuesday. Kenyan President William Ruto, who arrived for "
	  "the summit on Monday and met Ghanaian President Nana Akufo-Addo at "
	  "Jubilee House, held bilateral talks with Nigerian President Bola "
	  "Tinubu on Tuesday. AU Commission chairman Moussa Faki, who is "
	  "chairing the summit, spoke first. He later joined Ethiopian Prime "
	  "Minister Abiy Ahmed and Rwandan President Paul Kagame for a "
	  "three-way meeting.",
	  { "William Ruto|met_with|Nana Akufo-Addo|current",
	    "William Ruto|met_with|Bola Tinubu|current",
	    "William Ruto|attended|bilateral talks|current",
	    "Moussa Faki|attended|summit in Accra|current",
	    "Moussa Faki|met_with|Abiy Ahmed|current",
	    "Moussa Faki|met_with|Paul Kagame|current",
	    "Abiy Ahmed|attended|three-way meeting|current" },
	  { "bilateral talks|located_in|Jubilee House|current",
	    "Nana Akufo-Addo|met_with|Bola Tinubu|current" } },
	{ "the_gathering_around_a_small_meeting_and_who_came_along",
	  NULL,
	  "ASEAN leaders gathered for a summit in Jakarta on Sept. 5, 2023. "
	  "Indonesian President Joko Widodo joined Malaysian Prime Minister "
	  "Anwar Ibrahim and Thai Prime Minister Srettha Thavisin for a "
	  "three-way meeting. Anwar and Srettha were among several leaders who "
	  "flew in for the gathering, along with Vietnamese Prime Minister "
	  "Pham "
	  "Minh Chinh. Former Thai Prime Minister Prayuth Chan-ocha, now a "
	  "privy councillor, was among the guests, as was Japanese Prime "
	  "Minister Fumio Kishida.",
	  { "Anwar Ibrahim|attended|summit in Jakarta|current",
	    "Srettha Thavisin|attended|summit in Jakarta|current",
	    "Pham Minh Chinh|attended|summit in Jakarta|current",
	    "Prayuth Chan-ocha|attended|summit in Jakarta|current",
	    "Fumio Kishida|attended|summit in Jakarta|current" },
	  { "Pham Minh Chinh|attended|three-way meeting|current" } },
	{ "talks_between_two_named_and_another_body_s_meeting",
	  NULL,
	  "Spanish Prime Minister Pedro Sanchez welcomed Portuguese Prime "
	  "Minister Antonio Costa to the Moncloa Palace in Madrid on Monday. "
	  "The talks between Sanchez and Costa were followed by the 34th "
	  "meeting of the Iberian Summit Council, which both men chaired. In "
	  "March 2017, Costa had held talks with Mariano Rajoy in Vila Real.",
	  { "Pedro Sanchez|met_with|Antonio Costa|current",
	    "Antonio Costa|met_with|Mariano Rajoy|current" },
	  { "34th meeting of the Iberian Summit Council|located_in|Moncloa "
	    "Palace|current",
	    "Mariano Rajoy|attended|talks|current" } },
	{ "a_list_whose_last_name_has_a_meeting_clause",
	  NULL,
	  "The G20 summit opened in Rio de Janeiro on Nov. 18, 2024. Among the "
	  "leaders present in Rio were the President of France, Emmanuel "
	  "Macron; the Prime Minister of Canada, Justin Trudeau; and the "
	  "Chancellor of Germany, Olaf Scholz, who held a meeting with "
	  "President Xi Jinping on the margins of the summit.",
	  { "Emmanuel Macron|attended|G20 summit|current",
	    "Justin Trudeau|attended|G20 summit|current",
	    "Olaf Scholz|met_with|Xi Jinping|current" },
	  { "Emmanuel Macron|met_with|Xi Jinping|current",
	    "Justin Trudeau|met_with|Xi Jinping|current" } },
	{ "sworn_in_at_a_ceremony_and_calls_after_it",
	  NULL,
	  "Cyril Ramaphosa was sworn in as president on Wednesday at a "
	  "ceremony at the Union Buildings in Pretoria. Foreign Minister "
	  "Naledi "
	  "Pandor, who was reappointed on Sunday, called on Zimbabwean "
	  "President Emmerson Mnangagwa on Thursday. Gauteng Premier Panyaza "
	  "Lesufi and West Bengal Chief Minister Mamata Banerjee stayed away. "
	  "Pretoria argues that under Article 51 of the UN Charter the strikes "
	  "were unlawful.",
	  { "Cyril Ramaphosa|attended|ceremony|current",
	    "Naledi Pandor|met_with|Emmerson Mnangagwa|current",
	    "Mamata Banerjee|holds_office|Chief Minister of West "
	    "Bengal|current",
	    "Pretoria|invokes|Article 51|current" },
	  { "Mamata Banerjee|attended|ceremony|current" } },
	{ "date_line_after_a_byline_bar",
	  NULL,
	  "Pacific leaders meet\n\nBy Jane Doe | June 4, 2024\n\nPacific "
	  "Islands Forum leaders gathered for a retreat in Suva on Tuesday.",
	  { "retreat in Suva|occurred_on|2024-06-04|current" },
	  { NULL } },
	{ "iso_date_line_and_a_host_s_talks",
	  NULL,
	  "Pacific leaders meet\n\n2024-06-04 09:41 · 3 min read\n\nPacific "
	  "Islands Forum leaders gathered for a retreat in Suva on Tuesday. "
	  "Fijian Prime Minister Sitiveni Rabuka hosted Tongan Prime Minister "
	  "Siaosi Sovaleni for talks at Borron House in Suva on the crisis in "
	  "New Caledonia.",
	  { "retreat in Suva|occurred_on|2024-06-04|current",
	    "Sitiveni Rabuka|met_with|Siaosi Sovaleni|current",
	    "Rabuka-Sovaleni talks|located_in|Borron House|current",
	    "Rabuka-Sovaleni talks|located_in|Suva|current" },
	  { "crisis in New Caledonia|located_in|Borron House|current",
	    "Siaosi Sovaleni|attended|crisis in New Caledonia|current" } },
	{ "a_family_name_like_a_pronoun_after_a_title",
	  NULL,
	  "US national security adviser Jake Sullivan arrived on Monday. "
	  "Chinese Vice Premier He Lifeng held talks with Treasury Secretary "
	  "Janet Yellen in Beijing. He said the talks were candid.",
	  { "He Lifeng|met_with|Janet Yellen|current",
	    "He Lifeng|holds_office|Deputy Prime Minister of China|current" },
	  { "Jake Sullivan|met_with|Janet Yellen|current" } },
	{ "a_meal_with_someone_is_a_meeting",
	  NULL,
	  "Indian Prime Minister Narendra Modi arrived in Washington on "
	  "Tuesday. Earlier, Modi had breakfast with Secretary of State Antony "
	  "Blinken, and later dined with Vice President Kamala Harris.",
	  { "Narendra Modi|met_with|Antony Blinken|current" },
	  { NULL } },
	{ "a_hyphenated_verb_in_a_rule",
	  NULL,
	  "The EU-CELAC summit opened in Brussels on July 17, 2023. The "
	  "summit was co-chaired by European Council President Charles Michel "
	  "and Jamaican Prime Minister Andrew Holness.",
	  { "Charles Michel|attended|EU-CELAC summit|current",
	    "Andrew Holness|attended|EU-CELAC summit|current" },
	  { NULL } },
	{ "presence_and_flanking_at_a_signing",
	  NULL,
	  "The signing ceremony for the peace accord took place at the Amiri "
	  "Diwan in Doha on June 27, 2025. The accord was signed in the "
	  "presence of Qatari Prime Minister Mohammed bin Abdulrahman Al "
	  "Thani. Congolese President Felix Tshisekedi was flanked by Prime "
	  "Minister Judith Suminwa.",
	  { "Mohammed bin Abdulrahman Al Thani|attended|signing "
	    "ceremony|current",
	    "Felix Tshisekedi|attended|signing ceremony|current",
	    "Judith Suminwa|attended|signing ceremony|current" },
	  { NULL } },
	{ "the_invoker_is_the_actor_next_to_the_verb",
	  NULL,
	  "WARSAW, Sept. 10 (Reuters) - Poland invoked Article 4 of the North "
	  "Atlantic Treaty on Wednesday after drones entered its airspace.",
	  { "Poland|invokes|Article 4|current",
	    "Article 4|part_of|North Atlantic Treaty|current" },
	  { "Reuters|invokes|Article 4|current" } },
	{ "the_alliance_and_the_bloc_s_members",
	  NULL,
	  "VILNIUS, July 11 (Reuters) - NATO leaders opened a summit in "
	  "Vilnius on Tuesday. Finland joined the alliance in April. The "
	  "bloc's 31 members include Lithuania and Latvia. Hungary and Turkey, "
	  "both members of the alliance, have backed Ukraine's bid to join the "
	  "alliance. Leaders invited Georgia to join the alliance.",
	  { "Finland|member_of|NATO|current",
	    "Lithuania|member_of|NATO|current", "Latvia|member_of|NATO|current",
	    "Hungary|member_of|NATO|current", "Turkey|member_of|NATO|current" },
	  { "Lithuania|member_of|Reuters|current",
	    "Ukraine|member_of|NATO|current",
	    "Georgia|member_of|NATO|current" } },
	{ "guests_arriving_seated_and_at_a_lunch",
	  NULL,
	  "LONDON, Sept. 19 (Reuters) - Leaders gathered at Westminster Abbey "
	  "for the state funeral on Monday. Spain's prime minister, Pedro "
	  "Sanchez, has arrived with his wife, Begona Gomez. Behind them came "
	  "Irish President Michael D. Higgins. Japanese Emperor Naruhito is in "
	  "the second row. On Sunday, the King hosted a lunch at Buckingham "
	  "Palace for visiting leaders, among them Canada's prime minister, "
	  "Justin Trudeau, his Australian counterpart, Anthony Albanese, and "
	  "Jacinda Ardern.",
	  { "Pedro Sanchez|attended|state funeral|current",
	    "Begona Gomez|attended|state funeral|current",
	    "Michael D. Higgins|attended|state funeral|current",
	    "Naruhito|attended|state funeral|current",
	    "Justin Trudeau|attended|lunch at Buckingham Palace|current",
	    "Jacinda Ardern|attended|lunch at Buckingham Palace|current",
	    "Anthony Albanese|holds_office|Prime Minister of "
	    "Australia|current" },
	  { "Justin Trudeau|attended|state funeral|current" } },
	{ "him_is_not_the_one_who_hosts",
	  NULL,
	  "Kenyan President William Ruto returned last week from a state "
	  "visit to the US, during which President Joe Biden hosted him for a "
	  "state dinner at the White House on May 23, 2024. Ruto shared the "
	  "stage at a dialogue with Rwanda's Paul Kagame, who flew in on "
	  "Monday, Zimbabwean President Emmerson Mnangagwa and Togo's head of "
	  "state, Faure Gnassingbe.",
	  { "Joe Biden|met_with|William Ruto|current",
	    "William Ruto|attended|state dinner|current",
	    "Emmerson Mnangagwa|attended|dialogue|current",
	    "Faure Gnassingbe|attended|dialogue|current" },
	  { "Joe Biden|met_with|Joe Biden|current" } },
	{ "a_grouping_in_apposition_and_its_members",
	  NULL,
	  "Observers met in Delhi on Monday. India will host this year's "
	  "summit of the Quad, the grouping it forms with the US, Japan and "
	  "Australia.",
	  { "Japan|member_of|Quad|current",
	    "Australia|member_of|Quad|current" },
	  { NULL } },
	{ "a_counterpart_after_the_name",
	  NULL,
	  "China's foreign minister, Wang Yi, met Dmytro Kuleba, his Ukrainian "
	  "counterpart, in Munich on Feb. 17, 2024.",
	  { "Dmytro Kuleba|holds_office|Foreign Minister of Ukraine|current",
	    "Wang Yi|met_with|Dmytro Kuleba|current" },
	  { NULL } },
	{ "an_unknown_place_after_of_in_a_title",
	  NULL,
	  "Justin Welby, the Archbishop of Canterbury, crowned the King. Lee "
	  "Jae-yong, the Vice Chairman of Samsung Electronics, watched.",
	  { "Justin Welby|holds_office|Archbishop of Canterbury|current",
	    "Archbishop of Canterbury|office_of|Canterbury|current" },
	  { "Vice Chairman of Samsung Electronics|office_of|Samsung "
	    "Electronics|current" } },
	{ "the_country_of_a_title_named_before",
	  NULL,
	  "Ukraine's first lady, Olena Zelenska, is here alongside Denys "
	  "Shmyhal, the country's prime minister.",
	  { "Denys Shmyhal|holds_office|Prime Minister of Ukraine|current" },
	  { NULL } },
	{ "a_body_for_cooperation_between_countries",
	  NULL,
	  "The Nordic Council is the official body for cooperation between "
	  "the parliaments of Denmark, Finland and Iceland.",
	  { "Denmark|member_of|Nordic Council|current",
	    "Iceland|member_of|Nordic Council|current" },
	  { NULL } },
	{ "spoke_for_an_hour_in_person_or_by_phone",
	  NULL,
	  "US Defense Secretary Lloyd Austin and Chinese Defence Minister Dong "
	  "Jun spoke for about 75 minutes at the Shangri-La Hotel. Austin and "
	  "Japanese Defence Minister Minoru Kihara spoke for an hour by phone.",
	  { "Lloyd Austin|met_with|Dong Jun|current" },
	  { "Lloyd Austin|met_with|Minoru Kihara|current" } },
	{ "two_named_were_also_at_the_talks",
	  NULL,
	  "Russian President Vladimir Putin opened the talks in Kazan on Oct. "
	  "22, "
	  "2024. Russian Foreign Minister Sergey Lavrov and Presidential Aide "
	  "Yury Ushakov were also at the talks.",
	  { "Sergey Lavrov|attended|talks in Kazan|current",
	    "Yury Ushakov|attended|talks in Kazan|current" },
	  { NULL } },
	{ "talks_in_a_room_of_a_building_in_a_city",
	  NULL,
	  "Luiz Inacio Lula da Silva and Joe Biden held talks in the Oval "
	  "Office of the White House in Washington on Feb. 10, 2023.",
	  { "Luiz Inacio Lula da Silva|met_with|Joe Biden|current",
	    "Silva-Biden talks|located_in|Oval Office|current",
	    "Silva-Biden talks|located_in|White House|current",
	    "Silva-Biden talks|located_in|Washington|current" },
	  { NULL } },
	{ "a_plural_title_before_names",
	  NULL,
	  "Former presidents Nicolas Sarkozy and Francois Hollande sat "
	  "together at the funeral in Paris on Sept. 30, 2019. Seven former "
	  "prime ministers - John Major, Tony Blair and Gordon Brown - sat "
	  "side by side.",
	  { "Nicolas Sarkozy|holds_office|President|former",
	    "Francois Hollande|holds_office|President|former",
	    "Tony Blair|holds_office|Prime Minister|former",
	    "Gordon Brown|attended|funeral in Paris|current" },
	  { "Nicolas Sarkozy|holds_office|President|current" } },
	{ "the_prime_minister_in_apposition_is_no_former_one",
	  NULL,
	  "Seven former prime ministers - John Major, Tony Blair and Liz Truss "
	  "- sat side by side at the coronation. Rishi Sunak, the prime "
	  "minister, read the lesson. The prime minister then met Albanese.",
	  { "Liz Truss|holds_office|Prime Minister|former" },
	  { "Liz Truss|met_with|Albanese|current" } },
	{ "guests_including_at_an_evening_reception",
	  NULL,
	  "King Charles III was crowned in London on May 6, 2023. At an "
	  "evening reception back at the palace he greeted overseas guests "
	  "including King Felipe VI of Spain and the European Commission "
	  "president, Ursula von der Leyen.",
	  { "Felipe VI|attended|evening reception|current",
	    "Ursula von der Leyen|attended|evening reception|current" },
	  { NULL } },
	{ "audiences_to_one_and_to_another",
	  NULL,
	  "King Charles III received leaders in London on May 5, 2023. The "
	  "King granted separate audiences to Australian Prime Minister "
	  "Anthony Albanese and to Canada's Justin Trudeau.",
	  { "Charles III|met_with|Anthony Albanese|current",
	    "Charles III|met_with|Justin Trudeau|current",
	    "Justin Trudeau|attended|Charles-Trudeau meeting|current" },
	  { "Justin Trudeau|attended|Charles-Albanese meeting|current" } },
	{ "no_meeting_between_two_was_planned",
	  NULL,
	  "Hungarian Prime Minister Viktor Orban flew to Moscow for the "
	  "funeral on Sept. 3, 2022. Russian President Vladimir Putin did not "
	  "attend. Peskov said no meeting between Orban and Putin had been "
	  "planned.",
	  { "Viktor Orban|attended|funeral|current" },
	  { "Viktor Orban|met_with|Vladimir Putin|current",
	    "Vladimir Putin|met_with|Viktor Orban|current" } },
	{ "a_nickname_in_quotes_inside_a_list",
	  NULL,
	  "Narendra Modi was sworn in at a ceremony in New Delhi on June 9, "
	  "2024. Nepal's Prime Minister, Pushpa Kamal Dahal 'Prachanda', "
	  "Bhutan's Tshering Tobgay and Mauritian Prime Minister Pravind "
	  "Jugnauth also attended.",
	  { "Pushpa Kamal Dahal|attended|ceremony in New Delhi|current",
	    "Tshering Tobgay|attended|ceremony in New Delhi|current",
	    "Pravind Jugnauth|attended|ceremony in New Delhi|current" },
	  { NULL } },
	{ "a_surname_and_a_full_name_in_one_sentence_are_two",
	  NULL,
	  "President Biden and first lady Jill Biden walked out as Prime "
	  "Minister Narendra Modi arrived on June 22, 2023. Biden and Modi "
	  "held talks in the Oval Office.",
	  { "Jill Biden|holds_office|First Lady|current",
	    "Biden|met_with|Narendra Modi|current" },
	  { "Jill Biden|met_with|Narendra Modi|current" } },
	{ "also_at_the_table_with_titles_before_names",
	  NULL,
	  "Mercosur leaders held their summit in Puerto Iguazu on July 4, "
	  "2023. Also at the table were Paraguay's outgoing president, Mario "
	  "Abdo Benitez, and its president-elect, Santiago Pena.",
	  { "Mario Abdo Benitez|attended|summit|current",
	    "Santiago Pena|attended|summit|current" },
	  { NULL } },
	{ "a_dateline_after_the_headline",
	  NULL,
	  "Pashinyan chairs CSTO session\n\nYEREVAN, NOVEMBER 23, ARMENPRESS. "
	  "Prime Minister Nikol Pashinyan today chaired the session of the "
	  "council in Yerevan.",
	  { "CSTO session|occurred_on|--11-23|current" },
	  { NULL } },
	{ "appealed_to_a_body_under_an_article",
	  NULL,
	  "Armenia had appealed to the Organization under Article 4 of the "
	  "Collective Security Treaty after the attack.",
	  { "Armenia|invokes|Article 4|current",
	    "Article 4|part_of|Collective Security Treaty|current" },
	  { NULL } },
	{ "a_phone_call_is_no_meeting",
	  NULL,
	  "Chinese President Xi Jinping met Chancellor Olaf Scholz in Beijing. "
	  "Xi also held a telephone call with French President Emmanuel "
	  "Macron. Macron had a video call with Ukrainian President Volodymyr "
	  "Zelensky.",
	  { "Xi Jinping|met_with|Olaf Scholz|current" },
	  { "Xi Jinping|met_with|Emmanuel Macron|current",
	    "Emmanuel Macron|attended|telephone call|current",
	    "Emmanuel Macron|met_with|Volodymyr Zelensky|current",
	    "Volodymyr Zelensky|attended|video call|current" } },
	{ "regional_leaders_witnesses_and_stand_ins",
	  NULL,
	  "ABUJA, July 7 (AFP) - West African leaders gathered in Abuja on "
	  "Sunday for an ECOWAS summit. The summit was also attended by the "
	  "president of the ECOWAS Commission, Omar Touray. In the presence of "
	  "King Charles III, Keir Starmer and Emmanuel Macron signed the "
	  "agreement at Windsor Castle. The ceremony was witnessed by David "
	  "Lammy. Princess Anne stood in for the King at a reception at "
	  "Lancaster House. Japanese Prime Minister Shigeru Ishiba received "
	  "South Korean President Lee Jae-myung at his office.",
	  { "Omar Touray|attended|ECOWAS summit|current",
	    "Keir Starmer|attended|signing of the agreement|current",
	    "David Lammy|attended|signing of the agreement|current",
	    "Anne|attended|reception at Lancaster House|current",
	    "Shigeru Ishiba|met_with|Lee Jae-myung|current" },
	  { "West African|attended|ECOWAS summit|current",
	    "Charles III|attended|reception at Lancaster House|current",
	    "Omar Touray|holds_office|President of the European "
	    "Commission|current" } },
	{ "a_date_that_is_not_the_events_own",
	  NULL,
	  "The King toasted the friendship at a state banquet at the Palace "
	  "of Versailles, on the first evening of a state visit that was "
	  "called off in March. The summit was preceded on March 24 by a "
	  "ministerial meeting.",
	  { NULL },
	  { "state banquet|occurred_on|March|current",
	    "state visit|occurred_on|March|current",
	    "summit|occurred_on|--03-24|current" } },
	{ "a_venue_after_at_the",
	  NULL,
	  "Emmanuel Macron received King Charles at a ceremony at the Arc de "
	  "Triomphe on Wednesday.",
	  { "ceremony|located_in|Arc de Triomphe|current" },
	  { NULL } },
	{ "relative_clause_attendance",
	  NULL,
	  "Marco Rubio, who took part in the Alaska summit, spoke later.",
	  { "Marco Rubio|attended|Alaska summit|current" },
	  { NULL } },
	{ "attendance_told_around_the_event",
	  NULL,
	  "The Lisbon summit opened on Monday. Among the ministers seated at "
	  "the long table were Spain's Jose Albares and Greece's Giorgos "
	  "Gerapetritis. Irish Premier Micheal Martin attended in person, as "
	  "did Malta's Robert Abela. Also spotted in the hall: Finland's "
	  "Alexander Stubb and Estonia's Alar Karis. Kaja Kallas, who is "
	  "leading the EU delegation, arrived late. The Danish delegation "
	  "included Lars Lokke Rasmussen. Mette Frederiksen and Ulf "
	  "Kristersson joined the host for the summit.",
	  { "Jose Albares|attended|Lisbon summit|current",
	    "Giorgos Gerapetritis|attended|Lisbon summit|current",
	    "Robert Abela|attended|Lisbon summit|current",
	    "Alar Karis|attended|Lisbon summit|current",
	    "Kaja Kallas|attended|Lisbon summit|current",
	    "Lars Lokke Rasmussen|attended|Lisbon summit|current",
	    "Ulf Kristersson|attended|Lisbon summit|current" },
	  { NULL } },
	{ "a_country_is_represented_it_does_not_attend",
	  NULL,
	  "The Geneva talks began on Monday. Moscow was represented by Sergei "
	  "Lavrov.",
	  { "Sergei Lavrov|attended|Geneva talks|current" },
	  { "Moscow|attended|Geneva talks|current" } },
	{ "negation_is_stored_negated",
	  NULL,
	  "Vladimir Putin did not attend the BRICS summit in Rio de Janeiro.",
	  { "Vladimir Putin|attended|BRICS summit in Rio de Janeiro|current|"
	    "negated" },
	  { "Vladimir Putin|attended|BRICS summit in Rio de "
	    "Janeiro|current" } },
	{ "hedge_is_reported",
	  NULL,
	  "Kim Jong Un reportedly met Vladimir Putin in Vladivostok.",
	  { "Kim Jong Un|met_with|Vladimir Putin|reported" },
	  { NULL } },
	{ "event_coreference_and_place_and_date",
	  NULL,
	  "Leaders met at the Alaska summit. The summit, which took place on "
	  "August 15th, was held at Joint Base Elmendorf-Richardson in "
	  "Anchorage, Alaska.",
	  { "Alaska summit|occurred_on|--08-15|current",
	    "Alaska summit|located_in|Joint Base Elmendorf-Richardson|current",
	    "Alaska summit|located_in|Anchorage|current",
	    "Joint Base Elmendorf-Richardson|located_in|Anchorage|current",
	    "Joint Base Elmendorf-Richardson|located_in|Alaska|current" },
	  { NULL } },
	{ "visit_to_a_facility",
	  NULL,
	  "Zelensky's visit to the White House in February ended badly.",
	  { "Zelensky's visit to the White House|located_in|White "
	    "House|current",
	    "Zelensky|attended|Zelensky's visit to the White House|current",
	    "Zelensky's visit to the White "
	    "House|occurred_on|February|current" },
	  { NULL } },
	{ "relative_dates_use_the_article_date",
	  "2025-08-17",
	  "The summit in Anchorage took place on Friday. Talks resumed last "
	  "month.",
	  { "summit in Anchorage|occurred_on|2025-08-15|current" },
	  { NULL } },
	{ "absolute_dates",
	  NULL,
	  "The NATO summit in Vilnius was held on 11-12 July 2023.",
	  { "NATO summit in Vilnius|occurred_on|2023-07-11|current" },
	  { NULL } },
	{ "article_of_treaty_and_alias",
	  NULL,
	  "Article 5 of the North Atlantic Treaty, also referred to as the "
	  "Washington Treaty, binds the allies.",
	  { "Article 5|part_of|North Atlantic Treaty|current" },
	  { NULL } },
	{ "invokes_from_the_event_discussed",
	  NULL,
	  "The Alaska summit ended. The discussions considered guarantees "
	  "mirroring Article 5 of the North Atlantic Treaty.",
	  { "Alaska summit|invokes|Article 5|current" },
	  { NULL } },
	{ "membership_relative_clause_and_accession",
	  NULL,
	  "Finland, which joined NATO in 2023, backed the plan. The accession "
	  "of Sweden to NATO followed.",
	  { "Finland|member_of|NATO|current", "Sweden|member_of|NATO|current" },
	  { NULL } },
	{ "membership_of_a_pact",
	  NULL,
	  "AUKUS, the pact between Australia, the United Kingdom and the "
	  "United States, was signed in 2021.",
	  { "Australia|member_of|AUKUS|current",
	    "United States|member_of|AUKUS|current" },
	  { NULL } },
	{ "membership_through_a_leaders_country",
	  NULL,
	  "Chilean President Gabriel Boric, whose country is an associate "
	  "member of the Pacific Alliance, spoke first. Peruvian President "
	  "Dina Boluarte, whose government joined APEC in 1998, followed.",
	  { "Chile|member_of|Pacific Alliance|current",
	    "Peru|member_of|APEC|current" },
	  { "Gabriel Boric|member_of|Pacific Alliance|current" } },
	{ "membership_with_partners_apposition_and_prenominal",
	  NULL,
	  "Uruguay is a founding member of Mercosur along with Brazil and "
	  "Paraguay. Poland and Lithuania, the two eastern NATO "
	  "members, asked for more troops. Fellow EU member Hungary objected. "
	  "Belarus has become the SCO's tenth member. Japan, a member of "
	  "the G7, agreed.",
	  { "Brazil|member_of|Mercosur|current",
	    "Paraguay|member_of|Mercosur|current",
	    "Lithuania|member_of|NATO|current",
	    "Hungary|member_of|European Union|current",
	    "Belarus|member_of|Shanghai Cooperation Organisation|current",
	    "Japan|member_of|G7|current" },
	  { NULL } },
	{ "membership_through_a_clause_and_whose_members",
	  NULL,
	  "Rwanda, which joined the Commonwealth in 2009, is also a member of "
	  "the African Union. ASEAN, whose ten members include Laos and "
	  "Cambodia, met in Vientiane.",
	  { "Rwanda|member_of|African Union|current",
	    "Laos|member_of|ASEAN|current",
	    "Cambodia|member_of|ASEAN|current" },
	  { NULL } },
	{ "an_appeal_under_an_article_invokes_it",
	  NULL,
	  "Lithuania on Friday asked its allies for help under Article 4 of "
	  "the North Atlantic Treaty.",
	  { "Lithuania|invokes|Article 4|current",
	    "Article 4|part_of|North Atlantic Treaty|current" },
	  { NULL } },
	{ "the_council_is_the_council_named_before",
	  NULL,
	  "The UN Security Council met in New York on Friday. Malta, a "
	  "non-permanent member of the council, voted for the text. Australia "
	  "and Fiji are both members of the Pacific Islands Forum and the "
	  "Commonwealth.",
	  { "Malta|member_of|UN Security Council|current",
	    "Fiji|member_of|Commonwealth|current" },
	  { NULL } },
	{ "surname_and_honorific_are_one_person",
	  NULL,
	  "Vladimir Putin arrived. Mr Putin met Kim Jong Un. Putin left.",
	  { "Vladimir Putin|met_with|Kim Jong Un|current",
	    "Putin|met_with|Kim Jong Un|current" /* "Putin" is his alias */ },
	  { NULL } },
	{ "two_people_of_one_surname_stay_two",
	  NULL,
	  "Mr Trump arrived in Kyiv on Monday. President Donald Trump met "
	  "Volodymyr Zelensky. Later Melania Trump visited a school.",
	  { "Donald Trump|met_with|Volodymyr Zelensky|current",
	    "Trump|met_with|Volodymyr Zelensky|current" },
	  { "Melania Trump|met_with|Volodymyr Zelensky|current" } },
	{ "a_fathers_name_is_no_surname",
	  NULL,
	  "Crown Prince Mohammed bin Salman, who chaired the summit in AlUla "
	  "on behalf of King Salman, received Emir Tamim bin Hamad Al Thani. "
	  "The UAE delegation was led by Sheikh Mohammed bin Rashid Al "
	  "Maktoum. Oman's Deputy Prime Minister Fahd bin Mahmoud Al Said "
	  "stood in for Sultan Haitham bin Tarik.",
	  { "Mohammed bin Salman|attended|summit in AlUla|current",
	    "Mohammed bin Rashid Al Maktoum|attended|summit in AlUla|current",
	    "Fahd bin Mahmoud Al Said|attended|summit in AlUla|current" },
	  { "Mohammed bin Salman|holds_office|King|current",
	    "Haitham bin Tarik|attended|summit in AlUla|current" } },
	{ "headline_verbs_end_names_and_francophonie",
	  NULL,
	  "Prime Minister Modi Addresses Joint Meeting of Congress\n\n"
	  "Ghana, an associate member since 2006, was admitted as a full "
	  "member of the OIF on Friday. Democratic Republic of Congo "
	  "President Felix Tshisekedi flew in from Kinshasa.",
	  { "Ghana|member_of|Organisation internationale de la "
	    "Francophonie|current",
	    "Felix Tshisekedi|holds_office|President of the Democratic "
	    "Republic of the Congo|current" },
	  { "Modi Addresses Joint|holds_office|Prime Minister|current" } },
	{ "headline_words_are_not_people",
	  NULL,
	  "Leaders Gather For Crucial Talks\n\nJoe Biden met Xi Jinping in "
	  "Bali.",
	  { "Joe Biden|met_with|Xi Jinping|current" },
	  { "Leaders Gather|met_with|Xi Jinping|current" } },
	{ "visit_verb_gives_visited_and_a_visit",
	  NULL,
	  "Kim Jong Un visited Russia in September 2023.",
	  { "Kim Jong Un|visited|Russia|current",
	    "Kim Jong Un|attended|Kim Jong Un visit to Russia in 2023|current",
	    "Kim Jong Un visit to Russia in 2023|located_in|Russia|current",
	    "Kim Jong Un visit to Russia in 2023|occurred_on|2023-09|current" },
	  { NULL } },
	{ "signing_gives_attendance",
	  NULL,
	  "The Aachen Treaty was signed by Chancellor Angela Merkel and "
	  "President "
	  "Emmanuel Macron in Aachen on 22 January 2019.",
	  { "Angela Merkel|attended|signing of the Treaty of Aachen|current",
	    "Angela Merkel|met_with|Emmanuel Macron|current",
	    "signing of the Treaty of Aachen|occurred_on|2019-01-22|current" },
	  { NULL } },
	{ "yearless_dateline_day_is_the_ledes_weekday",
	  NULL,
	  "OSLO, March 4 - Nordic leaders closed a summit in Bergen on "
	  "Thursday.\n\nThe prime ministers had arrived on Wednesday.",
	  { "summit in Bergen|occurred_on|--03-04|current" },
	  { "summit in Bergen|occurred_on|--03-03|current" } },
	{ "date_line_under_the_headline_anchors_weekdays",
	  NULL,
	  "Leaders Meet In Oslo\n\nPublished Monday 3 June 2024, 14:02 "
	  "BST\n\nNordic leaders met at a summit in Oslo on Monday.",
	  { "summit in Oslo|occurred_on|2024-06-03|current" },
	  { NULL } },
	{ "stand_in_and_late_attendees_of_the_story_event",
	  NULL,
	  "Leaders opened the annual summit in Lusaka.\n\nPresident Jan "
	  "Moyo did not attend and was represented by Vice-President Ruth "
	  "Banda. Ghana was represented by its culture minister, Ama Mensah. "
	  "Kenyan President William Ruto, the chair of the regional "
	  "peace council, was also present.",
	  { "Ruth Banda|attended|annual summit in Lusaka|current",
	    "Ama Mensah|attended|annual summit in Lusaka|current",
	    "William Ruto|attended|annual summit in Lusaka|current" },
	  { "Jan Moyo|attended|annual summit in Lusaka|current" } },
	{ "his_counterpart_in_a_list_of_names",
	  NULL,
	  "The ceremony was led by Norway's foreign minister, Espen Barth "
	  "Eide, and his Danish counterpart, Lars Løkke Rasmussen.",
	  { "Espen Barth Eide|attended|ceremony|current",
	    "Lars Løkke Rasmussen|attended|ceremony|current" },
	  { NULL } },
	{ "sworn_in_attends_the_inauguration_told_later",
	  NULL,
	  "Maria Lopez was sworn in as Chile's president on 11 March 2026 in "
	  "Valparaiso.\n\nThe inauguration was attended by Spain's King "
	  "Felipe VI.",
	  { "Maria Lopez|attended|inauguration of Maria Lopez|current",
	    "Felipe VI|attended|inauguration of Maria Lopez|current",
	    "inauguration of Maria Lopez|occurred_on|2026-03-11|current" },
	  { NULL } },
	{ "an_event_dated_long_before_is_past",
	  "2022-12-17",
	  "The party opened its 55th National Conference in Johannesburg on "
	  "Friday.\n\nRamaphosa first became leader at the 54th National "
	  "Conference, held at the same venue in December 2017.\n\nThe "
	  "conference was addressed on its opening day by SACP General "
	  "Secretary Solly Mapaila.",
	  { "Solly Mapaila|attended|55th National Conference in "
	    "Johannesburg|current" },
	  { "Solly Mapaila|attended|54th National Conference|current" } },
	{ "funeral_guests_seated_speaking_and_there",
	  NULL,
	  "Leaders gathered on Thursday for the state funeral of Ellen "
	  "Morgan. Prime Minister Anna Holt delivered the eulogy. Sitting a "
	  "few rows away were Paul Dean and Mary Dean, former President Tom "
	  "Reid and Laura Reid. Governor Mark Stone was there, as were "
	  "Canada's prime minister, Mark Carney, and its foreign minister, "
	  "Anita Anand. The British delegation was led by Keir Starmer, who "
	  "was joined by David Lammy.",
	  { "Anna Holt|attended|state funeral|current",
	    "Mary Dean|attended|state funeral|current",
	    "Laura Reid|attended|state funeral|current",
	    "Mark Stone|attended|state funeral|current",
	    "Anita Anand|attended|state funeral|current",
	    "David Lammy|attended|state funeral|current" },
	  { NULL } },
	{ "an_inauguration_mass_is_the_inauguration",
	  NULL,
	  "Pope Leo's inauguration drew crowds.\n\nHe began his pontificate "
	  "with an inauguration Mass in St Peter's Square. A conclave had "
	  "elected him. Guests included Canadian Prime Minister Mark Carney.",
	  { "Mark Carney|attended|Leo's inauguration|current" },
	  { "Mark Carney|attended|conclave|current" } },
	{ "ministers_at_the_table_and_chairs_of_days",
	  NULL,
	  "G20 foreign ministers met in Cape Town on Thursday for talks. "
	  "Sergei Lavrov and Wang Yi were at the table, as was Penny Wong. "
	  "Ronald Lamola chaired the two days of talks. David Lammy also took "
	  "part, along with Kaja Kallas. The United States was represented "
	  "instead by Dana Brown. Wang sat down with Lavrov, and later held "
	  "talks with Subrahmanyam Jaishankar. Prime Minister Narendra Modi "
	  "had held bilateral talks with Paetongtarn Shinawatra at Government "
	  "House in Bangkok.",
	  { "Sergei Lavrov|attended|G20 foreign ministers meeting|current",
	    "Penny Wong|attended|G20 foreign ministers meeting|current",
	    "Ronald Lamola|attended|G20 foreign ministers meeting|current",
	    "Kaja Kallas|attended|G20 foreign ministers meeting|current",
	    "Dana Brown|attended|G20 foreign ministers meeting|current",
	    "Wang Yi|met_with|Subrahmanyam Jaishankar|current",
	    "Narendra Modi|met_with|Paetongtarn Shinawatra|current",
	    "bilateral talks|located_in|Government House|current" },
	  { "Narendra Modi|attended|Wang-Lavrov meeting|current" } },
	{ "semicolon_lists_alongside_and_names_after_countries",
	  NULL,
	  "Leaders opened the Accra summit on Friday. In attendance were "
	  "President Macky Sall of Senegal, who also chairs the African "
	  "Union; President George Weah of Liberia; and President Mohamed "
	  "Bazoum of Niger. Antony Blinken is attending alongside Germany's "
	  "Annalena Baerbock. Josep Borrell, the EU's foreign policy chief, "
	  "is also present. Also present were the presidents of Chile, "
	  "Gabriel Boric, and of Colombia, Gustavo Petro.",
	  { "George Weah|attended|Accra summit|current",
	    "Mohamed Bazoum|attended|Accra summit|current",
	    "Annalena Baerbock|attended|Accra summit|current",
	    "Josep Borrell|attended|Accra summit|current" },
	  { "Gabriel Boric|located_in|Chile|current" } },
	{ "mourners_with_a_list_and_korean_names",
	  NULL,
	  "TOKYO, Sept. 27 (Kyodo) - Japan held a state funeral for Shinzo "
	  "Abe at the Nippon Budokan on Tuesday, with Kamala Harris, Narendra "
	  "Modi and Anthony Albanese among some 4,200 mourners. South Korean "
	  "Prime Minister Han Duck-soo led his country's delegation.",
	  { "Kamala Harris|attended|state funeral|current",
	    "Anthony Albanese|attended|state funeral|current",
	    "Han Duck-soo|attended|state funeral|current" },
	  { NULL } },
	{ "a_headline_is_no_event_name",
	  NULL,
	  "Biden and Yoon Pledge Closer Defense Ties in First Meeting\n\n"
	  "SEOUL - President Joe Biden and President Yoon Suk Yeol met on "
	  "Saturday.",
	  { NULL },
	  { "Joe Biden|attended|Biden and Yoon Pledge Closer Defense Ties in "
	    "First Meeting|current" } },
	{ "the_ceremony_is_the_inauguration",
	  NULL,
	  "Daniel Noboa will be sworn in as Ecuador's president in Quito on "
	  "Saturday.\n\nColombia's Gustavo Petro flew in for the ceremony. "
	  "Also seen in the chamber: Peru's Dina Boluarte.",
	  { "Gustavo Petro|attended|inauguration of Daniel Noboa|current",
	    "Dina Boluarte|attended|inauguration of Daniel Noboa|current" },
	  { NULL } },
	{ "attended_by_after_a_chair_and_talks_named_talks",
	  NULL,
	  "The gathering was chaired by Nigeria's President Bola Tinubu, the "
	  "bloc's chairman, and attended by Ghana's leader John Mahama.\n\n"
	  "Tinubu later held talks with Senegal's Bassirou Faye.",
	  { "John Mahama|attended|gathering|current",
	    "Bola Tinubu|attended|Tinubu-Faye talks|current" },
	  { NULL } },
	{ "party_in_apposition_is_membership",
	  NULL,
	  "Lindsey Graham, a Republican from South Carolina, backed the bill. "
	  "Anna Berg, a Social Democratic Party lawmaker, did not.",
	  { "Lindsey Graham|member_of|Republican Party|current" },
	  { NULL } },
	{ "attendance_told_by_seats_arrivals_and_guest_lists",
	  NULL,
	  "Leaders gathered for the state funeral in Oslo.\n\nJoe Biden, the "
	  "US president, sat in the third row. Emmanuel Macron and Olaf "
	  "Scholz were among some 300 foreign dignitaries in the church. "
	  "Narendra Modi has arrived. Also present as guests: Ilham Aliyev "
	  "and Recep Tayyip Erdogan. Xi Jinping stayed away but sent Li "
	  "Qiang. John Kerry will also address the delegates.",
	  { "Joe Biden|attended|state funeral in Oslo|current",
	    "Emmanuel Macron|attended|state funeral in Oslo|current",
	    "Olaf Scholz|attended|state funeral in Oslo|current",
	    "Narendra Modi|attended|state funeral in Oslo|current",
	    "Ilham Aliyev|attended|state funeral in Oslo|current",
	    "Li Qiang|attended|state funeral in Oslo|current",
	    "John Kerry|attended|state funeral in Oslo|planned" },
	  { "Xi Jinping|attended|state funeral in Oslo|current" } },
	{ "companions_and_places_in_apposition",
	  NULL,
	  "Joe Biden hosted Xi Jinping at Filoli, a country house in Woodside, "
	  "California, for the Asia-Pacific Economic Cooperation (APEC) "
	  "summit.\n\nXi was accompanied by Wang Yi. Janet Yellen and Jake "
	  "Sullivan joined Biden at the table.",
	  { "Filoli|located_in|Woodside|current",
	    "Wang Yi|attended|Asia-Pacific Economic Cooperation (APEC) "
	    "summit|current",
	    "Janet Yellen|attended|Asia-Pacific Economic Cooperation (APEC) "
	    "summit|current" },
	  { NULL } },
	{ "countries_invoke_an_article",
	  NULL,
	  "Estonia, Latvia and Poland invoked Article 4 of the North Atlantic "
	  "Treaty. Turkey requested consultations under Article 4 in 2015. "
	  "The plan offers Ukraine guarantees akin to Article 5.",
	  { "Estonia|invokes|Article 4|current",
	    "Poland|invokes|Article 4|current",
	    "Turkey|invokes|Article 4|current" },
	  { "Ukraine|invokes|Article 5|current" } },
	{ "its_and_the_countrys_title_take_the_named_country",
	  NULL,
	  "Ukraine was represented by its first lady, Olena Zelenska. The UAE "
	  "sent Mansour bin Zayed, the country's vice president.",
	  { "Olena Zelenska|holds_office|First Lady of Ukraine|current",
	    "Mansour bin Zayed|holds_office|Vice President of the United Arab "
	    "Emirates|current" },
	  { NULL } },
	{ "the_meeting_after_a_named_summit_is_that_summit",
	  NULL,
	  "William Ruto opened the Africa Climate Summit in Nairobi.\n\nThe "
	  "three-day meeting was attended by Abiy Ahmed.",
	  { "Abiy Ahmed|attended|Africa Climate Summit in Nairobi|current",
	    "Africa Climate Summit in Nairobi|located_in|Nairobi|current" },
	  { "Africa Climate Summit in Nairobi|located_in|Africa|current" } },
	{ "delegations_sides_and_envoys_sent",
	  NULL,
	  "Leaders met for the summit in Lima.\n\nOn the Chinese side were "
	  "Wang Yi and Cai Qi. Li Qiang led Beijing's delegation. Iran sent "
	  "Foreign Minister Abbas Araghchi. Jaishankar Subrahmanyam and Ajit "
	  "Doval were part of the Indian delegation.",
	  { "Wang Yi|attended|summit in Lima|current",
	    "Cai Qi|attended|summit in Lima|current",
	    "Li Qiang|attended|summit in Lima|current",
	    "Abbas Araghchi|attended|summit in Lima|current",
	    "Ajit Doval|attended|summit in Lima|current" },
	  { NULL } },
	{ "list_of_names_with_titles_after_them",
	  NULL,
	  "The summit in Durban was attended by Xi Jinping, China's "
	  "president, Narendra Modi, India's prime minister, and Lula da "
	  "Silva, Brazil's president. Vladimir Putin took part only by video "
	  "link.",
	  { "Xi Jinping|holds_office|President of China|current",
	    "Narendra Modi|holds_office|Prime Minister of India|current",
	    "Narendra Modi|attended|summit in Durban|current" },
	  { "Narendra Modi|holds_office|President of China|current",
	    "Vladimir Putin|attended|summit in Durban|current" } },
	{ "came_for_a_visit_and_held_a_meeting",
	  NULL,
	  "Xi Jinping arrived in Paris on Sunday for a state visit to France. "
	  "Xi, Emmanuel Macron and Ursula von der Leyen held a trilateral "
	  "meeting. Xi will then pay a state visit to Serbia.",
	  { "Xi Jinping|attended|state visit to France|current",
	    "state visit to France|located_in|France|current",
	    "Ursula von der Leyen|attended|trilateral meeting|current",
	    "Emmanuel Macron|met_with|Ursula von der Leyen|current" },
	  { "state visit to France|located_in|Serbia|current" } },
	{ "numeric_dates_and_a_date_line_with_a_byline",
	  NULL,
	  "Leaders meet in Oslo\n\nPublished on 20/09/2023 - 19:45 By Ann "
	  "Berg\n\nThe summit in Oslo opened on Tuesday. The next summit "
	  "opens on 04.04.2024 in Bergen.\n\nMauro Vieira and Celso Amorim "
	  "took part on the Brazilian side.",
	  { "summit in Oslo|occurred_on|2023-09-19|current",
	    "next summit|occurred_on|2024-04-04|current",
	    "next summit|located_in|Bergen|current",
	    "Celso Amorim|attended|summit in Oslo|current" },
	  { "summit in Oslo|occurred_on|2024-04-04|current" } },
	{ "guest_list_naming_the_summit_again_and_a_stand_in",
	  NULL,
	  "Leaders opened the ASEAN summit in Jakarta.\n\nAmong those present "
	  "were Anwar Ibrahim and Cambodia's new prime minister, Hun Manet, "
	  "attending his first summit. Kamala Harris is standing in for Joe "
	  "Biden.",
	  { "Anwar Ibrahim|attended|ASEAN summit in Jakarta|current",
	    "Hun Manet|attended|ASEAN summit in Jakarta|current",
	    "Kamala Harris|attended|ASEAN summit in Jakarta|current" },
	  { "Joe Biden|attended|ASEAN summit in Jakarta|current" } },
	{ "a_countrys_capital_after_an_event",
	  NULL,
	  "Commonwealth leaders opened their biennial summit in Samoa's "
	  "capital Apia.",
	  { "biennial summit in Samoa's capital Apia|located_in|Apia|current",
	    "biennial summit in Samoa's capital "
	    "Apia|located_in|Samoa|current" },
	  { NULL } },
	{ "title_comma_name_comma_also_attended",
	  NULL,
	  "The inauguration opened in Brasilia.\n\nChina's vice-president, "
	  "Wang Qishan, also attended.",
	  { "Wang Qishan|attended|inauguration|current",
	    "Wang Qishan|holds_office|Vice President of China|current" },
	  { NULL } },
	{ "agency_timestamp_and_an_hour_of_talks",
	  NULL,
	  "Biden in Angola\n\nUpdated 5:12 PM GMT, December 3, 2024\n\n"
	  "LUANDA (AP) - President Joe Biden met President Joao Lourenco on "
	  "Tuesday. After two days of talks in Geneva, the envoys left.",
	  { "Biden-Lourenco meeting|occurred_on|2024-12-03|current",
	    "talks in Geneva|located_in|Geneva|current" },
	  { "GMT|holds_office|Prime Minister|current" } },
	{ "event_placed_and_dated_from_across_the_sentence",
	  NULL,
	  "Two leaders signed a statement at the Hofburg Palace in Vienna on "
	  "June 3, 2021, with Chancellor Karl Nehammer hosting the two for "
	  "a three-way summit.",
	  { "three-way summit|located_in|Hofburg Palace|current",
	    "three-way summit|located_in|Vienna|current",
	    "three-way summit|occurred_on|2021-06-03|current" },
	  { NULL } },
	{ "setting_skips_topics_residence_and_past_events",
	  NULL,
	  "The summit on Ukraine opened in Geneva, while Jan Novak, who "
	  "stayed in Prague, sent an envoy.\n\nThe war in Sudan was not "
	  "discussed at the talks.",
	  { "summit|located_in|Geneva|current" },
	  { "summit|located_in|Ukraine|current",
	    "summit|located_in|Prague|current",
	    "talks|located_in|Sudan|current" } },
	{ "leaders_of_an_organisation_met_at_a_named_house",
	  NULL,
	  "Leaders of the African Union (AU) met at the State House in "
	  "Harare, Zimbabwe.",
	  { "African Union Leaders meeting|located_in|State House|current",
	    "State House|located_in|Harare|current",
	    "African Union Leaders meeting|located_in|Zimbabwe|current" },
	  { NULL } },
	{ "gathered_in_a_place_for_an_event",
	  NULL,
	  "Leaders gathered in Lima, Peru, for the annual APEC summit.",
	  { "annual APEC summit|located_in|Lima|current",
	    "annual APEC summit|located_in|Peru|current" },
	  { NULL } },
	{ "apposition_with_the_names_the_same_event",
	  NULL,
	  "Leaders met at a summit in Johannesburg on Saturday, the first "
	  "G20 summit in Africa.",
	  { "summit in Johannesburg|located_in|Johannesburg|current" },
	  { NULL } },
	{ "title_word_as_a_surname",
	  NULL,
	  "Central bank governor Mervyn King said rates would stay on hold, "
	  "and Senator Angus King agreed. King Charles arrived later.",
	  { "Mervyn King|holds_office|Governor|current",
	    "Angus King|holds_office|Senator|current" },
	  { "Mervyn|holds_office|Governor|current",
	    "Angus|holds_office|Senator|current" } },
	{ "place_name_as_a_surname_after_a_title",
	  NULL,
	  "Demand is strong, said mining group vice president Patricio "
	  "Cartagena in Santiago.",
	  { "Patricio Cartagena|holds_office|Vice President|current" },
	  { "Patricio|holds_office|Vice President|current" } },
	{ "company_names_with_business_heads",
	  NULL,
	  "Chen Jiulin, chief executive of China Aviation Oil, met the board "
	  "of General Motors.",
	  { "Chen Jiulin|holds_office|Chief Executive of China Aviation "
	    "Oil|current" },
	  { "Motors|holds_office|General|current" } },
	{ "no_one_attends_an_election",
	  NULL,
	  "Michael Howard will stand at the next election, and Charles Kennedy "
	  "attended the party conference in Brighton.",
	  { "Charles Kennedy|attended|party conference|current" },
	  { "Michael Howard|attended|next election|current" } },
	{ "role_word_before_a_name_is_no_part_of_it",
	  NULL,
	  "Activist Joshua Wong met Nancy Pelosi in Washington.",
	  { "Joshua Wong|met_with|Nancy Pelosi|current" },
	  { "Activist Joshua Wong|met_with|Nancy Pelosi|current" } },
	{ "league_and_exchange_are_organisations",
	  NULL,
	  "Premier League chief Richard Masters met the London Stock Exchange "
	  "board.",
	  { NULL },
	  { "Premier League|holds_office|Prime Minister|current",
	    "League|holds_office|Prime Minister|current" } },
	{ "manner_words_before_an_event_noun",
	  NULL,
	  "On the sidelines, Alberto Fernández and Luiz Inácio Lula da Silva "
	  "held a brief bilateral meeting.",
	  { "Alberto Fernández|met_with|Luiz Inácio Lula da Silva|current",
	    "Alberto Fernández|attended|brief bilateral meeting|current" },
	  { NULL } },
	{ "a_later_noun_for_the_same_event_is_an_alias",
	  NULL,
	  "President Alberto Fernández took part in Tuesday's meeting in "
	  "Brasília. The summit took place at the Itamaraty Palace.",
	  { "Alberto Fernández|attended|summit|current",
	    "summit|located_in|Itamaraty Palace|current" },
	  { NULL } },
	{ "alongside_a_and_b_were_c_and_d",
	  NULL,
	  "President Alberto Fernández attended the summit in Brasília on "
	  "Tuesday. Alongside Luiz Inácio Lula da Silva and Fernández were "
	  "Bolivia's Luis Arce and Chile's Gabriel Boric.",
	  { "Luiz Inácio Lula da Silva|attended|summit in Brasília|current",
	    "Luis Arce|attended|summit in Brasília|current",
	    "Gabriel Boric|attended|summit in Brasília|current" },
	  { "Alongside Luiz Inácio Lula da Silva|attended|summit in "
	    "Brasília|current" } },
	{ "possessive_title_between_two_names_in_a_list",
	  NULL,
	  "Present were Bolivia's Luis Arce, Chile's president, Gabriel Boric, "
	  "and Xi Jinping, China's president, Narendra Modi, India's prime "
	  "minister.",
	  { "Gabriel Boric|holds_office|President of Chile|current",
	    "Xi Jinping|holds_office|President of China|current" },
	  { "Luis Arce|holds_office|President of Chile|current",
	    "Narendra Modi|holds_office|President of China|current" } },
	{ "the_title_of_its_organisation_is_no_anaphor",
	  NULL,
	  "President Dina Boluarte stayed home. Peru was represented by "
	  "Alberto "
	  "Otárola, the president of its Council of Ministers.",
	  { "Alberto Otárola|holds_office|President of the Council of "
	    "Ministers|current" },
	  { "Dina Boluarte|holds_office|President of the Council of "
	    "Ministers|current" } },
	{ "his_counterpart_holds_the_same_title_in_that_country",
	  NULL,
	  "President Alberto Fernández spoke in Brasília, where his Brazilian "
	  "counterpart, Luiz Inácio Lula da Silva, urged unity. Defence "
	  "Minister Boris Pistorius met his British counterpart John Healey.",
	  { "Luiz Inácio Lula da Silva|holds_office|President of "
	    "Brazil|current",
	    "President of Brazil|office_of|Brazil|current",
	    "John Healey|holds_office|Defence Minister of the United "
	    "Kingdom|current" },
	  { "Luiz Inácio Lula da Silva|holds_office|President|current" } },
	{ "leader_of_a_country_or_a_party",
	  NULL,
	  "Secretary of State Antony Blinken sat down with Chinese leader Xi "
	  "Jinping. Labour leader Jeremy Corbyn spoke, and market leader "
	  "Tesco reported sales.",
	  { "Xi Jinping|holds_office|Leader of China|current",
	    "Leader of China|office_of|China|current" },
	  { "Tesco|holds_office|Leader|current" } },
	{ "talks_with_another_person_are_other_talks",
	  NULL,
	  "Secretary of State Antony Blinken sat down with President Xi "
	  "Jinping on Monday. The 35-minute meeting took place in the Great "
	  "Hall of the People. Earlier, Blinken held three hours of talks "
	  "with Wang Yi at the Diaoyutai State Guesthouse.",
	  { "Antony Blinken|attended|Blinken-Xi meeting|current",
	    "Blinken-Xi meeting|located_in|Great Hall of the People|current",
	    "Antony Blinken|met_with|Wang Yi|current",
	    "Wang Yi|attended|talks|current" },
	  { "Wang Yi|attended|Blinken-Xi meeting|current",
	    "Blinken-Xi meeting|located_in|Diaoyutai State "
	    "Guesthouse|current" } },
	{ "particle_name_after_an_honorific_and_passive_host",
	  NULL,
	  "European Commission President Ursula von der Leyen came to London. "
	  "Afterwards Ms von der Leyen was received by King Charles at Windsor "
	  "Castle. Irish Taoiseach Leo Varadkar welcomed the deal. Ireland, "
	  "one "
	  "of the EU's 27 members, had argued for it.",
	  { "Ursula von der Leyen|met_with|Charles|current",
	    "Leo Varadkar|holds_office|Taoiseach of Ireland|current",
	    "Ireland|member_of|European Union|current" },
	  { "Leyen|met_with|Charles|current" } },
	{ "counterpart_in_a_list_and_a_later_verb",
	  NULL,
	  "Foreign Minister Bilawal Bhutto-Zardari arrived in Goa. On the "
	  "sidelines, Mr Bhutto-Zardari met Russian Foreign Minister Sergei "
	  "Lavrov and his Chinese counterpart Qin Gang, and later held talks "
	  "with Uzbekistan's foreign minister, Bakhtiyor Saidov.",
	  { "Bilawal Bhutto-Zardari|met_with|Qin Gang|current",
	    "Bilawal Bhutto-Zardari|met_with|Bakhtiyor Saidov|current",
	    "Qin Gang|holds_office|Foreign Minister of China|current" },
	  { "Qin Gang|met_with|Bakhtiyor Saidov|current" } },
	{ "attendees_listed_one_a_line_after_a_colon",
	  NULL,
	  "Chancellor Olaf Scholz hosted the Berlin Process summit.\n"
	  "Taking part in the leaders' meeting were:\n"
	  "- Edi Rama, Prime Minister of Albania\n"
	  "- Zoran Tegeltija, Chairman of the Council of Ministers of Bosnia "
	  "and Herzegovina\n"
	  "- Albin Kurti, Prime Minister of Kosovo\n"
	  "Results were mixed.\n"
	  "- Aleksandar Vucic stayed home\n",
	  { "Edi Rama|attended|Berlin Process summit|current",
	    "Edi Rama|holds_office|Prime Minister of Albania|current",
	    "Zoran Tegeltija|attended|Berlin Process summit|current",
	    "Albin Kurti|attended|Berlin Process summit|current" },
	  { "Aleksandar Vucic|attended|Berlin Process summit|current" } },
	{ "around_the_table_host_and_guests_along_with",
	  NULL,
	  "Italian Prime Minister Giorgia Meloni is the host, and the summit "
	  "opened yesterday. Around the table are President Joe Biden and "
	  "France's Emmanuel Macron. India's Narendra Modi is among the "
	  "outreach guests, along with Argentina's Javier Milei and Kenya's "
	  "William Ruto. President Volodymyr Zelenskyy and Biden sat down in "
	  "the afternoon. The G7 is the U.S., Canada, Britain, France, "
	  "Germany, Italy and Japan.",
	  { "Giorgia Meloni|attended|summit|current",
	    "Emmanuel Macron|attended|summit|current",
	    "Narendra Modi|attended|summit|current",
	    "William Ruto|attended|summit|current",
	    "Volodymyr Zelenskyy|met_with|Joe Biden|current",
	    "Japan|member_of|G7|current", "Canada|member_of|G7|current" },
	  { NULL } },
	{ "head_of_an_organisation_and_member_of_both",
	  NULL,
	  "Andriy Yermak, the head of the Presidential Office, was present. "
	  "UK head of marketing David Cummings left. Romania, a member of both "
	  "the EU and NATO, shares a border with Ukraine.",
	  { "Andriy Yermak|holds_office|Head of Presidential Office|current",
	    "Romania|member_of|European Union|current",
	    "Romania|member_of|NATO|current" },
	  { "David Cummings|holds_office|Head of the United Kingdom|current",
	    "Head of the United Kingdom|office_of|United Kingdom|current" } },
	{ "place_named_surnames_and_honorific_lists",
	  NULL,
	  "US Defense Secretary Lloyd Austin arrived. Lloyd Austin met "
	  "Minoru Kihara on Friday. Mr Austin will hold a four-way meeting "
	  "with Mr Kihara, Mr Marles and Mr Teodoro on June 2.",
	  { "Lloyd Austin|met_with|Minoru Kihara|current",
	    "Lloyd Austin|met_with|Teodoro|planned",
	    "Lloyd Austin|attended|four-way meeting|planned" },
	  { "Lloyd|met_with|Minoru Kihara|current" } },
	{ "among_those_present_as_was_and_called_on",
	  NULL,
	  "Philippine President Ferdinand Marcos Jr opened the Shangri-La "
	  "Dialogue. Mr Marcos called on Prime Minister Lawrence Wong at the "
	  "Istana. Japan's Minoru Kihara and Australia's Richard Marles, who "
	  "is "
	  "also defence minister, were among those present, as was Mr Gilberto "
	  "Teodoro.",
	  { "Ferdinand Marcos Jr|met_with|Lawrence Wong|current",
	    "Minoru Kihara|attended|Shangri-La Dialogue|current",
	    "Richard Marles|attended|Shangri-La Dialogue|current",
	    "Gilberto Teodoro|attended|Shangri-La Dialogue|current" },
	  { NULL } },
	{ "met_by_after_a_list_with_a_wife_and_acronym_parties",
	  NULL,
	  "Ukrainian President Volodymyr Zelenskyy and his wife, Olena "
	  "Zelenska, landed in Ottawa late Thursday and were met on the tarmac "
	  "by Prime Minister Justin Trudeau. Conservative Leader Pierre "
	  "Poilievre and NDP Leader Jagmeet Singh were among those present for "
	  "the speech.",
	  { "Volodymyr Zelenskyy|met_with|Justin Trudeau|current",
	    "Olena Zelenska|met_with|Justin Trudeau|current",
	    "Jagmeet Singh|holds_office|Leader of NDP|current",
	    "Pierre Poilievre|attended|speech|current" },
	  { NULL } },
	{ "who_heads_an_organisation",
	  NULL,
	  "Dr Bastian Giegerich, who heads the International Institute for "
	  "Strategic Studies, welcomed the delegations. Martin O'Neill, who "
	  "chairs the Commons trade and industry committee, spoke.",
	  { "Bastian Giegerich|holds_office|Head of the International "
	    "Institute for Strategic Studies|current",
	    "Head of the International Institute for Strategic "
	    "Studies|office_of|International Institute for Strategic "
	    "Studies|current" },
	  { "Martin O'Neill|holds_office|Chair of House of Commons|current" } },
	{ "neither_nor_and_an_invoking_country_in_apposition",
	  NULL,
	  "The signing ceremony was held in Istanbul. Neither Russian "
	  "President Vladimir Putin nor Ukrainian President Volodymyr "
	  "Zelenskyy "
	  "attended the ceremony. Türkiye, a NATO member that has kept "
	  "channels "
	  "open to both Moscow and Kyiv, invoked Article 19 of the Montreux "
	  "Convention.",
	  { "Turkey|invokes|Article 19|current" },
	  { "Volodymyr Zelenskyy|attended|signing ceremony|current",
	    "Vladimir Putin|attended|signing ceremony|current",
	    "Kyiv|invokes|Article 19|current",
	    "signing ceremony|invokes|Article 19|current" } },
	{ "the_turkish_president_is_the_one_named_so",
	  NULL,
	  "Turkish President Recep Tayyip Erdogan and UN Secretary-General "
	  "Antonio Guterres attended. The Turkish president received Guterres "
	  "ahead of the ceremony. British Prime Minister Boris Johnson left; "
	  "Biden met Rishi Sunak, the British prime minister.",
	  { "Recep Tayyip Erdogan|met_with|Antonio Guterres|current",
	    "Rishi Sunak|holds_office|Prime Minister of the United "
	    "Kingdom|current" },
	  { "Biden|met_with|Boris Johnson|current" } },
	{ "the_four_leaders_are_the_four_last_named_leaders",
	  NULL,
	  "French President Emmanuel Macron, German Chancellor Olaf Scholz and "
	  "Italian Prime Minister Mario Draghi arrived in Kyiv. Romanian "
	  "President Klaus Iohannis joined them later. Irpin Mayor Oleksandr "
	  "Markushin showed them around. President Volodymyr Zelensky received "
	  "the four leaders at the Mariinskyi Palace.",
	  { "Volodymyr Zelensky|met_with|Emmanuel Macron|current",
	    "Volodymyr Zelensky|met_with|Klaus Iohannis|current" },
	  { "Volodymyr Zelensky|met_with|Oleksandr Markushin|current" } },
	{ "factbox_list_items_with_a_country_and_a_dash",
	  NULL,
	  "FACTBOX-Who is attending the Ukraine peace summit?\n"
	  "Leaders are gathering at the Burgenstock resort for the summit.\n"
	  "Here is a list of who is attending:\n"
	  "* SWITZERLAND - President Viola Amherd and Foreign Minister Ignazio "
	  "Cassis\n"
	  "* UNITED STATES - Vice President Kamala Harris. President Joe Biden "
	  "is not attending.\n"
	  "* FRANCE - President Emmanuel Macron\n",
	  { "Viola Amherd|holds_office|President of Switzerland|current",
	    "Ignazio Cassis|attended|Ukraine peace summit|current",
	    "Kamala Harris|holds_office|Vice President of the United "
	    "States|current",
	    "Emmanuel Macron|attended|Ukraine peace summit|current" },
	  { "Joe Biden|attended|Ukraine peace summit|current",
	    "FACTBOX-Who|attended|Ukraine peace summit|current" } },
	{ "a_chain_of_a_bare_title_and_a_long_one",
	  NULL,
	  "Tánaiste and Minister for Foreign Affairs Micheál Martin took part. "
	  "King Charles and Queen Camilla arrived.",
	  { "Micheál Martin|holds_office|Tánaiste|current",
	    "Micheál Martin|holds_office|Foreign Minister|current",
	    "Camilla|holds_office|Queen|current" },
	  { "Camilla|holds_office|King|current" } },
	{ "a_weekday_to_come_and_last_weekday",
	  "2025-10-28",
	  "President Donald Trump will attend the APEC summit in Gyeongju on "
	  "Wednesday. President Xi Jinping attended the G20 summit in Bali "
	  "last Tuesday.",
	  { "APEC summit in Gyeongju|occurred_on|2025-10-29|current",
	    "G20 summit in Bali|occurred_on|2025-10-21|current" },
	  { "APEC summit in Gyeongju|occurred_on|2025-10-22|current" } },
	{ "portfolio_before_the_title",
	  NULL,
	  "The Philippine delegation included Foreign Affairs Secretary "
	  "Enrique Manalo and Executive Secretary Lucas Bersamin. EU Trade "
	  "Commissioner Peter Mandelson spoke.",
	  { "Enrique Manalo|holds_office|Foreign Affairs Secretary|current",
	    "Lucas Bersamin|holds_office|Executive Secretary|current",
	    "Peter Mandelson|holds_office|Trade Commissioner of the European "
	    "Union|current" },
	  { "Enrique Manalo|holds_office|Secretary|current" } },
	{ "leaders_converging_on_a_venue_for_an_event",
	  "2023-10-05",
	  "GOOD THURSDAY MORNING from Granada, where some 45 leaders are "
	  "converging on the Palacio de Congresos for the third summit of the "
	  "European Political Community.",
	  { "third summit|located_in|Palacio de Congresos|current",
	    "third summit|occurred_on|2023-10-05|current" },
	  { NULL } },
	{ "a_posted_line_with_a_short_weekday_dates_the_story",
	  NULL,
	  "Albanese meets Xi in Beijing\n\nPosted Mon 6 Nov 2023 at 9:47pm\n\n"
	  "Prime Minister Anthony Albanese attended the summit in Beijing on "
	  "Monday.",
	  { "summit in Beijing|occurred_on|2023-11-06|current" },
	  { "Posted Mon|attended|summit in Beijing|current" } },
	{ "a_party_in_brackets_and_an_end_date",
	  "2024-10-28",
	  "Prime Minister Petteri Orpo (NCP) attended the Nordic Council "
	  "session in Reykjavik on Monday. The session is being held at Harpa "
	  "and runs until Thursday. The Indian Petrochemicals Corporation "
	  "Limited (IPCL) grew.",
	  { "Petteri Orpo|member_of|NCP|current",
	    "Nordic Council session in "
	    "Reykjavik|occurred_on|2024-10-28|current" },
	  { "Nordic Council session in "
	    "Reykjavik|occurred_on|2024-10-24|current",
	    "Nordic Council session in "
	    "Reykjavik|occurred_on|2024-10-31|current" } },
	{ "a_section_header_dates_and_places_its_paragraph",
	  "2025-02-21",
	  "Friday, February 21, 2025\n\n"
	  "Here are the meetings that mattered.\n\n"
	  "MONDAY, FEB. 17 — PARIS\n"
	  "Emmanuel Macron hosted an emergency gathering of European "
	  "leaders.\n\n"
	  "The week ended quietly. The election drew a record turnout.\n",
	  { "emergency gathering|occurred_on|2025-02-17|current",
	    "emergency gathering|located_in|Paris|current" },
	  { "election|occurred_on|2025-02-17|current",
	    "meetings|occurred_on|2025-02-21|current" } },
	{ "brought_together_and_in_the_stadium",
	  NULL,
	  "The emir hosted the opening ceremony of the World Cup and brought "
	  "Turkish President Recep Tayyip Erdogan and Egyptian President Abdel "
	  "Fattah al-Sisi together for a handshake. Rwanda's Paul Kagame was "
	  "also in the stadium.",
	  { "Recep Tayyip Erdogan|met_with|Abdel Fattah al-Sisi|current",
	    "Paul Kagame|attended|opening ceremony|current" },
	  { NULL } },
	{ "called_on_by_two_and_eam",
	  NULL,
	  "Bangladesh PM Sheikh Hasina and Mauritius PM Pravind Jugnauth also "
	  "called on PM Narendra Modi on Friday. EAM S Jaishankar escorted "
	  "them. The minister called on Russia on Monday to withdraw.",
	  { "Pravind Jugnauth|met_with|Narendra Modi|current",
	    "S Jaishankar|holds_office|External Affairs Minister|current" },
	  { NULL } },
	{ "an_event_held_for_a_guest_and_bodies_in_appositions",
	  NULL,
	  "Chinese President Xi Jinping held talks with Brazilian President "
	  "Luiz Inacio Lula da Silva. Xi held a grand welcome ceremony for "
	  "Lula "
	  "and later hosted a banquet in honor of Lula. Wang Yi, a member of "
	  "the "
	  "Political Bureau of the CPC Central Committee, attended the talks.",
	  { "Luiz Inacio Lula da Silva|attended|grand welcome ceremony|current",
	    "Xi Jinping|attended|grand welcome ceremony|current",
	    "Wang Yi|attended|Xi-Silva talks|current" },
	  { "Politburo|attended|Xi-Silva talks|current" } },
	{ "a_semicolon_list_with_honorifics_and_titles_after_names",
	  NULL,
	  "The war in Gaza dominated the agenda. The war in Gaza has lasted "
	  "months. Arab leaders met for the summit in Manama. Leaders taking "
	  "part included His Highness Sheikh Mohamed bin Zayed Al Nahyan, "
	  "President of the UAE; His Highness Sheikh Tamim bin Hamad Al Thani, "
	  "Amir of Qatar; and Palestinian President Mahmoud Abbas.",
	  { "Tamim bin Hamad Al Thani|attended|summit in Manama|current",
	    "Mahmoud Abbas|attended|summit in Manama|current" },
	  { "Mahmoud Abbas|attended|war in Gaza|current" } },
	{ "a_meeting_in_a_summit_that_was_called_off",
	  NULL,
	  "A four-way summit in Amman, at which President Joe Biden was to "
	  "meet "
	  "Palestinian President Mahmoud Abbas, was called off late Tuesday.",
	  { NULL },
	  { "Joe Biden|met_with|Mahmoud Abbas|current",
	    "Joe Biden|met_with|Mahmoud Abbas|planned" } },
	{ "a_place_after_city_of_and_its_province",
	  NULL,
	  "Andean leaders opened their summit in the Peruvian highland town "
	  "of Huancayo, in Junin region, on Monday.",
	  { "summit|located_in|Huancayo|current",
	    "summit|located_in|Junin|current" },
	  { NULL } },
	{ "members_with_a_possessive_and_a_number",
	  NULL,
	  "Bolivia, Colombia, Ecuador and Peru are the Andean Community's four "
	  "full members.",
	  { "Bolivia|member_of|Andean Community|current",
	    "Peru|member_of|Andean Community|current" },
	  { NULL } },
	{ "an_article_of_a_treaty_with_its_year",
	  NULL,
	  "Quito cited Article 3 of the 1969 Cartagena Agreement.",
	  { "Article 3|part_of|Cartagena Agreement|current" },
	  { NULL } },
	{ "an_event_convened_by_a_title_and_an_honorific_name",
	  NULL,
	  "Ministers met at the regional forum convened by the Prime Minister "
	  "of Jamaica, Mr. Andrew Holness, in Kingston.",
	  { "Andrew Holness|attended|regional forum|current",
	    "Andrew Holness|holds_office|Prime Minister of Jamaica|current" },
	  { NULL } },
	{ "a_role_word_after_an_honorific_is_a_name",
	  NULL,
	  "Mr. Boss Mustapha met the actor Tom Hanks in Abuja.",
	  { "Boss Mustapha|met_with|Tom Hanks|current" },
	  { "Tom Hanks|holds_office|Actor|current" } },
	{ "the_bloc_with_a_count_before_it",
	  NULL,
	  "Leaders of the Association of Southeast Asian Nations met in "
	  "Vientiane. Cambodia and Myanmar, both members of the 10-member "
	  "bloc, sent ministers. Timor-Leste hopes to join the 11-nation "
	  "grouping next year.",
	  { "Cambodia|member_of|Association of Southeast Asian "
	    "Nations|current",
	    "Myanmar|member_of|Association of Southeast Asian "
	    "Nations|current" },
	  { "Timor-Leste|member_of|Association of Southeast Asian "
	    "Nations|current" } },
	{ "a_planned_meal_is_an_event_a_planned_meeting_is_not",
	  "2024-03-04",
	  "Chilean President Gabriel Boric addressed a joint session of "
	  "Congress on Monday. On Tuesday, Foreign Minister Ana Rojas will "
	  "host Boric for lunch. Boric will meet Pedro Sanchez "
	  "next month.",
	  { "Ana Rojas|attended|Rojas-Boric lunch|planned",
	    "Gabriel Boric|attended|Rojas-Boric lunch|planned",
	    "Rojas-Boric lunch|occurred_on|2024-03-05|current" },
	  { "Ana Rojas|attended|joint session|planned",
	    "Pedro Sanchez|attended|Boric-Sanchez meeting|planned" } },
	{ "travelling_with_him_and_another_trip_named_later",
	  NULL,
	  "Spanish Prime Minister Pedro Sanchez held talks with Brazilian "
	  "President Luiz Inacio Lula da Silva in Brasilia on Monday. The "
	  "four-day trip began on Saturday in Sao Paulo. Travelling with him "
	  "were Iberdrola chief executive Ignacio Galan; Telefonica SA's Jose "
	  "Maria Alvarez-Pallete; and Trade Minister Carlos Cuerpo. Lula may "
	  "make a trip to Asia in the autumn.",
	  { "Ignacio Galan|attended|four-day trip|current",
	    "Jose Maria Alvarez-Pallete|attended|four-day trip|current",
	    "Carlos Cuerpo|attended|four-day trip|current",
	    "four-day trip|located_in|Sao Paulo|current" },
	  { "Ignacio Galan|attended|trip to Asia|current",
	    "Iberdrola|attended|four-day trip|current",
	    "Telefonica SA|attended|four-day trip|current" } },
	{ "the_demonym_leader_and_parties_in_brackets",
	  NULL,
	  "Moldovan President Maia Sandu was welcomed in Riga by President "
	  "Edgars Rinkevics on Monday. The Moldovan leader then went to the "
	  "Saeima, where she was received by "
	  "Speaker Daiga Mierina (Greens). Later she sat down with Prime "
	  "Minister Evika Silina (Unity).",
	  { "Maia Sandu|met_with|Daiga Mierina|current",
	    "Maia Sandu|met_with|Evika Silina|current",
	    "Evika Silina|member_of|Unity|current",
	    "Daiga Mierina|member_of|Greens|current" },
	  { "Daiga Mierina|met_with|Evika Silina|current",
	    "Edgars Rinkevics|met_with|Daiga Mierina|current" } },
	{ "a_hedged_meeting_names_no_meeting",
	  NULL,
	  "Chilean President Gabriel Boric arrived in Lima. Peruvian "
	  "President Dina Boluarte might meet the Chilean leader on Friday.",
	  { "Dina Boluarte|met_with|Gabriel Boric|reported" },
	  { "Gabriel Boric|attended|Boluarte-Boric meeting|reported",
	    "Dina Boluarte|attended|Boluarte-Boric meeting|reported" } },
	{ "his_minister_is_his_countrys_and_a_who_clause_is_no_subject",
	  NULL,
	  "Colombian President Gustavo Petro skipped the summit after Panama "
	  "and Peru clashed with Bogota, and sent his foreign minister, Luis "
	  "Gilberto Murillo, in his place. Chancellor Olaf Scholz, who flew "
	  "in with Finance Minister Christian Lindner, held talks with Gustavo "
	  "Petro.",
	  { "Luis Gilberto Murillo|holds_office|Foreign Minister of "
	    "Colombia|current",
	    "Olaf Scholz|met_with|Gustavo Petro|current" },
	  { "Christian Lindner|met_with|Gustavo Petro|current",
	    "Foreign Minister of Peru|office_of|Peru|current" } },
	{ "membership_by_founding_belonging_and_an_ordinal",
	  NULL,
	  "The Andean Community met in Lima. Bolivia, Colombia, Ecuador and "
	  "Peru founded the community in 1969. Chile and Peru already belong "
	  "to the Pacific Alliance. Venezuela became the community's sixth "
	  "full member in 1973.",
	  { "Bolivia|member_of|Andean Community|current",
	    "Peru|member_of|Andean Community|current",
	    "Chile|member_of|Pacific Alliance|current",
	    "Venezuela|member_of|Andean Community|current" },
	  { NULL } },
	{ "a_headline_verb_after_a_title_is_no_name",
	  NULL,
	  "Crown Prince Chairs Gulf Summit in Kuwait\n\nKuwait City, Dec. 3 "
	  "- The summit opened on Tuesday.",
	  { NULL },
	  { "Chairs|holds_office|Crown Prince|current" } },
	{ "a_meeting_at_the_start_of_a_sentence",
	  NULL,
	  "Joe Biden hosted Xi Jinping at Filoli. Xi Jinping met Joe Biden "
	  "again.",
	  { "Joe Biden|met_with|Xi Jinping|current" },
	  { NULL } },
	{ "guests_in_the_stands_at_an_inauguration_told_by_its_verb",
	  NULL,
	  "Bernardo Arevalo was sworn in as president of Guatemala on Sunday. "
	  "Chile's Gabriel Boric and Colombia's Gustavo Petro were in the "
	  "stands, as was Honduras's president, Xiomara Castro. King Felipe "
	  "VI of Spain sat a few seats from Andres Manuel Lopez Obrador.",
	  { "Gabriel Boric|attended|inauguration of Bernardo Arevalo|current",
	    "Gustavo Petro|attended|inauguration of Bernardo Arevalo|current",
	    "Xiomara Castro|attended|inauguration of Bernardo Arevalo|current",
	    "Felipe VI|attended|inauguration of Bernardo Arevalo|current",
	    "Andres Manuel Lopez Obrador|attended|inauguration of Bernardo "
	    "Arevalo|current" },
	  { NULL } },
	{ "an_inauguration_told_in_a_who_clause_is_not_the_story",
	  NULL,
	  "Justin Trudeau was received in Riga by President Edgars Rinkevics, "
	  "who was sworn in on Saturday. Anita Anand and Bill Blair were in "
	  "the stands at the Adazi base.",
	  { NULL },
	  { "Anita Anand|attended|inauguration of Edgars Rinkevics|current",
	    "Justin Trudeau|attended|inauguration of Edgars "
	    "Rinkevics|current" } },
	{ "a_byline_with_its_date_and_time_after_the_name",
	  NULL,
	  "Chinh and Albanese pledge closer ties\n\nBy Nguyen Thi Mai   "
	  "March 7, 2024 | 06:15 pm GMT+7\n\nPrime Minister Pham Minh Chinh "
	  "and Anthony Albanese held talks in Canberra on Thursday.",
	  { "Chinh-Albanese talks|occurred_on|2024-03-07|current" },
	  { NULL } },
	{ "its_first_vice_president_the_premier_and_a_who_clause_with_an_event",
	  NULL,
	  "Iran was represented by its First Vice President Mohammad Reza "
	  "Aref. Russian Prime Minister Mikhail Mishustin arrived on Monday. "
	  "Foreign Minister Ishaq Dar called on the Russian premier "
	  "separately. Li Qiang, who arrived on Monday on a four-day official "
	  "visit, had already held talks with Shehbaz Sharif.",
	  { "Mohammad Reza Aref|holds_office|Vice President of Iran|current",
	    "Ishaq Dar|met_with|Mikhail Mishustin|current",
	    "Li Qiang|met_with|Shehbaz Sharif|current" },
	  { NULL } },
	{ "among_the_heads_of_delegation_along_with_others",
	  NULL,
	  "The SCO meeting opened in Islamabad. Li Qiang and Mikhail "
	  "Mishustin were among the heads of delegation, along with Olzhas "
	  "Bektenov and Abdulla Aripov.",
	  { "Li Qiang|attended|SCO meeting|current",
	    "Olzhas Bektenov|attended|SCO meeting|current",
	    "Abdulla Aripov|attended|SCO meeting|current" },
	  { NULL } },
	{ "a_plural_headline_verb_and_planned_base_verbs",
	  NULL,
	  "PM Modi, Premier Albanese Hold Talks in Sydney\n\nThe Quad summit "
	  "opened in Sydney on Tuesday. Foreign Minister Penny Wong is "
	  "expected "
	  "to join a session on maritime security. Prime Minister Anthony "
	  "Albanese is scheduled to close the summit on Wednesday.",
	  { "Penny Wong|attended|session|planned",
	    "Anthony Albanese|attended|Quad summit|planned" },
	  { "Albanese Hold|attended|Albanese Hold Talks|current" } },
	{ "the_fund_is_the_imf_and_a_possible_summit_is_no_topic",
	  "2023-10-14",
	  "The IMF and World Bank annual meetings opened in Marrakech on "
	  "Monday. Washington prepares for a possible Biden-Xi summit in "
	  "California. The IMF's Kristalina Georgieva and Ajay Banga flew in "
	  "days before the opening. Morocco, which joined the Fund in 1958, is "
	  "the host.",
	  { "Morocco|member_of|International Monetary Fund|current",
	    "Kristalina Georgieva|attended|IMF and World Bank annual "
	    "meetings|current" },
	  { "Kristalina Georgieva|attended|possible Biden-Xi summit in "
	    "California|current",
	    "Kristalina Georgieva|attended|Biden-Xi summit in "
	    "California|current" } },
	{ "a_live_blogs_seating_and_a_widow_named_by_her_tie",
	  NULL,
	  "Leaders gathered for the memorial service at the National Stadium "
	  "in Harare today.\n\n11:55\n\nSitting beside Constantino Chiwenga "
	  "on the main stand are Cyril Ramaphosa and Hakainde Hichilema. A row "
	  "behind them: Lazarus Chakwera and Filipe Nyusi. Former president "
	  "Joyce Banda sits near Mugabe's widow, Grace Mugabe.",
	  { "Constantino Chiwenga|attended|memorial service|current",
	    "Cyril Ramaphosa|attended|memorial service|current",
	    "Filipe Nyusi|attended|memorial service|current",
	    "Joyce Banda|attended|memorial service|current",
	    "Grace Mugabe|attended|memorial service|current" },
	  { "Mugabe|attended|memorial service|current" } },
	{ "a_place_after_driven_to_and_a_wife_by_her_first_name",
	  NULL,
	  "Isaac Herzog and his wife, Michal, were met on the tarmac by "
	  "Abdullah bin Zayed before being driven to Qasr Al Watan.",
	  { "Michal|met_with|Abdullah bin Zayed|current" },
	  { "Qasr Al Watan|met_with|Abdullah bin Zayed|current" } },
	{ "admitted_as_members_joined_them_and_invited_to_join",
	  NULL,
	  "The Commonwealth opened its summit in Apia. Prince William was "
	  "accompanied by his wife, Catherine. Leaders admitted Gabon and Togo "
	  "as the 55th and 56th members of the association. Tamim bin Hamad "
	  "Al Thani joined them as a guest. Suriname, which has been invited "
	  "to join the association, sent an observer.",
	  { "Gabon|member_of|Commonwealth|current",
	    "Togo|member_of|Commonwealth|current",
	    "Catherine|attended|summit in Apia|current",
	    "Tamim bin Hamad Al Thani|attended|summit in Apia|current" },
	  { "Suriname|member_of|Commonwealth|planned",
	    "Suriname|member_of|Commonwealth|current" } },
	{ "a_mixed_case_dateline_and_hosted_the_title_comma_name",
	  NULL,
	  "Madrid, 6 Mar 2024 (EFE) - Prime Minister Pedro Sanchez hosted the "
	  "Brazilian President, Luiz Inacio Lula da Silva, at the Moncloa "
	  "Palace. Felipe VI received Lula on Tuesday.",
	  { "Pedro Sanchez|met_with|Luiz Inacio Lula da Silva|current",
	    "Felipe-Lula meeting|occurred_on|2024-03-05|current" },
	  { NULL } },
	{ "the_bloc_a_country_founded_with_others",
	  NULL,
	  "Talks stalled over the Eurasian Economic Union, the bloc Russia "
	  "founded with Belarus and Kazakhstan in 2014.",
	  { "Russia|member_of|Eurasian Economic Union|current",
	    "Kazakhstan|member_of|Eurasian Economic Union|current" },
	  { NULL } },
	{ "an_event_placed_past_an_apposition_naming_another",
	  NULL,
	  "The tenth summit, the first in Africa since the inaugural meeting "
	  "in Lima in 2005, took place at the Kigali Convention Centre.",
	  { "tenth summit|located_in|Kigali Convention Centre|current" },
	  { "inaugural meeting in Lima in 2005|located_in|Kigali Convention "
	    "Centre|current" } },
	{ "among_the_eu_leaders_who_made_the_trip",
	  NULL,
	  "The EU-Western Balkans summit opened in Tirana. Emmanuel Macron "
	  "was among the EU leaders who made the trip.",
	  { "Emmanuel Macron|attended|EU-Western Balkans summit|current" },
	  { NULL } },
	{ "the_one_remembered_at_a_funeral_and_its_pallbearers_and_eulogies",
	  NULL,
	  "John Turner was remembered Friday as a gentleman at a state "
	  "funeral in Toronto. Wayne Gretzky served as an honorary pallbearer. "
	  "Jean Chretien delivered one of the eulogies. Stephen Harper and "
	  "Paul Martin, who have clashed for years, met privately before the "
	  "service. Ambassador Kelly Craft represented the American government "
	  "at the service.",
	  { "Wayne Gretzky|attended|state funeral in Toronto|current",
	    "Jean Chretien|attended|state funeral in Toronto|current",
	    "Stephen Harper|met_with|Paul Martin|current",
	    "Kelly Craft|attended|state funeral in Toronto|current" },
	  { "John Turner|attended|state funeral in Toronto|current" } },
	{ "meetings_with_a_and_with_the_title_comma_b",
	  NULL,
	  "Pedro Sanchez held bilateral meetings with the President of "
	  "Colombia, Gustavo Petro, and with the President of Chile, Gabriel "
	  "Boric.",
	  { "Pedro Sanchez|met_with|Gustavo Petro|current",
	    "Pedro Sanchez|met_with|Gabriel Boric|current" },
	  { NULL } },
	{ "a_named_summit_on_another_day_names_no_bare_one",
	  "2023-05-16",
	  "Leaders are in Reykjavik for only the fourth summit of the Council "
	  "of Europe. Moldova hosts the European Political Community summit "
	  "on 1 June. Rishi Sunak has arrived.",
	  { "fourth summit|located_in|Reykjavik|current",
	    "Rishi Sunak|attended|fourth summit|current" },
	  { "European Political Community "
	    "summit|located_in|Reykjavik|current" } },
	{ "the_nth_regular_session_inaugurated_by_a_president",
	  NULL,
	  "President Gustavo Petro on Wednesday inaugurated the 53rd regular "
	  "session of the General Assembly of the Organization of American "
	  "States at the Agora Bogota convention centre.",
	  { "Gustavo Petro|attended|53rd regular session|current" },
	  { NULL } },
	{ "a_ministers_portfolio_is_no_person",
	  NULL,
	  "The Minister of Agriculture, Trade and Fisheries, Dr. Ama Mensah, "
	  "who is leading the Ghanaian delegation, spoke at the opening "
	  "plenary on Monday. The conference is chaired by the Minister of "
	  "State for Foreign Trade, Dr. Ali Hassan.",
	  { "Ama Mensah|attended|opening plenary|current" },
	  { "Fisheries|attended|opening plenary|current",
	    "Foreign Trade|attended|opening plenary|current" } },
	{ "front_row_beside_a_who_clause_and_an_oath_taken",
	  NULL,
	  "Our team is at Independence Square in Port of Spain for tonight's "
	  "ceremony. Prince Edward, who flew in on Sunday to represent King "
	  "Charles, is in the front row beside Prime Minister Keith Rowley. "
	  "Dame "
	  "Paula-Mae Weekes has taken the oath as president. Also among those "
	  "present: cricket legend Sir Brian Lara.",
	  { "Keith Rowley|attended|ceremony|current",
	    "Paula-Mae Weekes|attended|inauguration of Paula-Mae "
	    "Weekes|current",
	    "Brian Lara|attended|inauguration of Paula-Mae Weekes|current" },
	  { "Charles|attended|ceremony|current" } },
	{ "was_then_received_by",
	  NULL,
	  "Foreign Minister Rodolfo Solano deposited the instrument of "
	  "accession in Paris. He was then received by Secretary-General "
	  "Angel Gurria at the Chateau de la Muette.",
	  { "Rodolfo Solano|met_with|Angel Gurria|current" },
	  { NULL } },
	{ "portfolio_ministers_in_lower_case",
	  NULL,
	  "Kenya's sports minister, Ababu Namwamba, and Nigeria's education "
	  "minister, Tahir Mamman, arrived in Paris.",
	  { "Ababu Namwamba|holds_office|Sports Minister of Kenya|current",
	    "Tahir Mamman|holds_office|Education Minister of Nigeria|current" },
	  { NULL } },
	{ "a_date_in_a_who_clause_is_not_the_events",
	  "2022-06-10",
	  "Justin Trudeau, who flew in on Wednesday night, joined Joe Biden at "
	  "a working dinner for heads of delegation.",
	  { "Justin Trudeau|attended|working dinner|current" },
	  { "working dinner|occurred_on|2022-06-08|current" } },
	{ "a_live_blogs_rite_is_its_event_not_a_ceremony_told_later",
	  NULL,
	  "LIVE: Ferdinand Marcos Jr sworn in\n\nFollow our coverage of the "
	  "inauguration here.\n\n13:15\n\nOutgoing president Rodrigo "
	  "Duterte handed the palace over at a handover ceremony.\n\n"
	  "10:20\n\nSara Duterte sat at the front of the plenary hall. "
	  "Douglas Emhoff has arrived.",
	  { "Douglas Emhoff|attended|inauguration|current",
	    "Sara Duterte|attended|inauguration|current" },
	  { "Douglas Emhoff|attended|handover ceremony|current" } },
	{ "an_event_held_where_a_place_says",
	  NULL,
	  "Vladimir Putin flew in from Pyongyang, where he had held a summit "
	  "with Kim Jong Un. Emmanuel Macron spoke at the Elysee Palace, where "
	  "the war in Sudan was discussed.",
	  { "summit|located_in|Pyongyang|current" },
	  { "war in Sudan|located_in|Elysee Palace|current" } },
	{ "a_second_meeting_verb_keeps_the_subject",
	  NULL,
	  "Foreign Minister Elena Rossi held talks with Tomas Berg on Monday "
	  "morning and later sat down with Marta Kowal. Hanna Ek met Rui "
	  "Costa and then held her first talks with Paul Girard. Chancellor "
	  "Karl Brandt held bilateral talks with President Ana Moreira and, "
	  "separately, with Prime Minister Jonas Vik.",
	  { "Elena Rossi|met_with|Marta Kowal|current",
	    "Hanna Ek|met_with|Paul Girard|current",
	    "Karl Brandt|met_with|Ana Moreira|current",
	    "Karl Brandt|met_with|Jonas Vik|current" },
	  { "Tomas Berg|met_with|Marta Kowal|current",
	    "Rui Costa|met_with|Paul Girard|current",
	    "Ana Moreira|met_with|Jonas Vik|current" } },
	{ "the_one_received_holds_the_talks_that_follow",
	  NULL,
	  "Luis Ortega was received by President Ana Moreira at the palace "
	  "and then held talks with Prime Minister Jonas Vik.",
	  { "Luis Ortega|met_with|Ana Moreira|current",
	    "Luis Ortega|met_with|Jonas Vik|current" },
	  { "Ana Moreira|met_with|Jonas Vik|current" } },
	{ "meetings_told_by_their_nouns",
	  NULL,
	  "Karl Brandt had a one-on-one conversation with Ole Lund. Peter "
	  "Holm attended a meeting with Defence Minister Ivan Petrov at the "
	  "ministry. Nora Falk was at a closed-door meeting with Paul Girard "
	  "on Tuesday. Sofia Lind will travel to Porto next week for a round "
	  "of talks with Rui Costa. Ana Ek had a phone conversation with "
	  "Jonas Vik.",
	  { "Karl Brandt|met_with|Ole Lund|current",
	    "Peter Holm|met_with|Ivan Petrov|current",
	    "Nora Falk|met_with|Paul Girard|current",
	    "Sofia Lind|met_with|Rui Costa|planned" },
	  { "Ana Ek|met_with|Jonas Vik|current" } },
	{ "at_the_event_a_person_speaks_and_who_is_on_a_visit",
	  NULL,
	  "At the council meeting in Geneva, Ana Duarte warned that aid was "
	  "running out. Ben Cole, who is on a state visit, laid a wreath.",
	  { "Ana Duarte|attended|council meeting in Geneva|current",
	    "Ben Cole|attended|state visit|current" },
	  { NULL } },
	{ "offices_told_by_election_a_lead_and_is",
	  NULL,
	  "Mirela Dobre was elected president of the International Olympic "
	  "Committee on Thursday. As head of the Commonwealth, King Charles "
	  "had hoped for more. Its secretary general, Tevita Ula, is a "
	  "former president of Nauru. Tevita Ula is the president's cousin.",
	  { "Mirela Dobre|holds_office|President of the International "
	    "Olympic Committee|current",
	    "Charles|holds_office|Head of the Commonwealth|current",
	    "Tevita Ula|holds_office|President of Nauru|former" },
	  { "Tevita Ula|holds_office|President|current" } },
	{ "envoys_and_representatives_of_a_country",
	  NULL,
	  "Beijing is represented by its climate envoy, Liu Zhen. Ghana was "
	  "represented by its permanent representative, Kofi Boateng. So "
	  "did Anne Roy, Ontario's transportation minister. Kenyan opposition "
	  "leader Paul Otieno and Russian First Deputy Prime Minister Ivan "
	  "Sokolov attended. The Queen Consort, Camilla, laid a wreath.",
	  { "Liu Zhen|holds_office|Climate Envoy of Beijing|current",
	    "Kofi Boateng|holds_office|Permanent Representative of "
	    "Ghana|current",
	    "Anne Roy|holds_office|Transport Minister of Ontario|current",
	    "Paul Otieno|holds_office|Opposition Leader of Kenya|current",
	    "Ivan Sokolov|holds_office|First Deputy Prime Minister of "
	    "Russia|current",
	    "Camilla|holds_office|Queen Consort|current" },
	  { NULL } },
	{ "membership_in_lists_clauses_and_second_objects",
	  NULL,
	  "Latvia, which joined both NATO and the European Union in 2004, "
	  "sent troops. Slovenia, a member of the European Union since 2004 "
	  "and of NATO since 2004, abstained. Vietnam and Peru are among "
	  "APEC's 21 member economies. Brazil and India are members of the "
	  "G20, along with Turkey. The deal covers the four EFTA countries: "
	  "Switzerland, Norway, Iceland and Liechtenstein. Both also belong "
	  "to ASEAN, which Laos joined in 1997. Armenia and Belarus are "
	  "members of the Russia-led Collective Security Treaty "
	  "Organization. Belgium and Luxembourg, founding members of the "
	  "European Communities and of NATO, agreed.",
	  { "Latvia|member_of|NATO|current",
	    "Latvia|member_of|European Union|current",
	    "Slovenia|member_of|NATO|current", "Vietnam|member_of|APEC|current",
	    "Peru|member_of|APEC|current", "Turkey|member_of|G20|current",
	    "Iceland|member_of|European Free Trade Association|current",
	    "Laos|member_of|ASEAN|current",
	    "Belarus|member_of|Collective Security Treaty "
	    "Organization|current",
	    "Luxembourg|member_of|NATO|current" },
	  { NULL } },
	{ "an_event_placed_and_dated_by_its_host_or_an_apposition",
	  "2024-10-01",
	  "Leaders signed the pact on the sidelines of the Pacific Islands "
	  "Forum Leaders Meeting, which the Cook Islands is hosting from 6 to "
	  "10 November. The Hungarian prime minister is due to host the next "
	  "meeting, in Budapest on 7 November. President Ana Vidal held "
	  "talks with Rui Costa at the Presidential Palace.",
	  { "Pacific Islands Forum Leaders Meeting|located_in|Cook "
	    "Islands|current",
	    "Pacific Islands Forum Leaders Meeting|occurred_on|2024-11-06|"
	    "current",
	    "next meeting|occurred_on|2024-11-07|current",
	    "Vidal-Costa talks|located_in|Presidential Palace|current" },
	  { NULL } },
	{ "attendance_by_stand_ins_stays_and_honours",
	  NULL,
	  "Leaders gathered in Suva for the Pacific Islands Forum summit. "
	  "China was represented by its special envoy, Qian Ming, and the "
	  "United States by Deputy Secretary of State Kurt Holm. Donald Tusk "
	  "and Robert Fico had both been in "
	  "Paris on Monday for a conference on Ukraine. Emmanuel Macron "
	  "hosted a state banquet at the Elysee Palace in honor of Lee Min.",
	  { "Kurt Holm|attended|Pacific Islands Forum summit|current",
	    "Donald Tusk|attended|conference|current",
	    "Robert Fico|attended|conference|current",
	    "Lee Min|attended|state banquet|current" },
	  { NULL } },
	{ "ranks_short_demonyms_and_its_past_a_relative_clause",
	  NULL,
	  "Kishida was joined by Deputy Chief Cabinet Secretary Taro Ono and "
	  "Deputy Energy Minister Olga Brandt. Lao Prime Minister Khamla Vong "
	  "and Dominican President Luis Pena spoke. Iran, which joined the "
	  "SCO a year ago, is represented by its acting president, Reza "
	  "Karimi. Berlin sent state secretary Lena Roth.",
	  { "Taro Ono|holds_office|Deputy Chief Cabinet Secretary|current",
	    "Olga Brandt|holds_office|Deputy Energy Minister|current",
	    "Khamla Vong|holds_office|Prime Minister of Laos|current",
	    "Luis Pena|holds_office|President of Dominican Republic|current",
	    "Reza Karimi|holds_office|President of Iran|current",
	    "Lena Roth|holds_office|State Secretary|current" },
	  { "Taro Ono|holds_office|Chief Cabinet Secretary|current",
	    "Reza Karimi|holds_office|President of Shanghai Cooperation "
	    "Organisation|current" } },
	{ "the_ledes_unplaced_event_is_in_the_datelines_city",
	  NULL,
	  "US, Chinese envoys hold first talks in a year\n\nBANGKOK -- "
	  "Japanese Prime Minister Taro Ono and Chinese President Li Wen "
	  "held talks on Thursday, their first meeting since 2019.",
	  { "first talks|located_in|Bangkok|current" },
	  { "first talks|located_in|United States|current" } },
	{ "a_bare_article_is_part_of_the_one_treaty_named",
	  NULL,
	  "Italy and France signed the Quirinal Treaty in Rome. Under "
	  "Article 2, the two countries undertake to work together. Article "
	  "11 provides for joint cabinet meetings.",
	  { "Article 2|part_of|Quirinal Treaty|current",
	    "Article 11|part_of|Quirinal Treaty|current" },
	  { NULL } },
	{ "a_bare_article_of_one_of_two_treaties_is_no_fact",
	  NULL,
	  "The Quirinal Treaty is modelled on the Elysee Treaty. Under "
	  "Article 2, the two countries undertake to work together.",
	  { NULL },
	  { "Article 2|part_of|Quirinal Treaty|current",
	    "Article 2|part_of|Élysée Treaty|current" } },
	{ "a_timelines_stamp_does_not_hide_the_sentence_start",
	  NULL,
	  "Key moments:\n\n18 October 2019 - At a European Council summit "
	  "in Brussels, French President Paul Girard blocks the talks.\n\n"
	  "20 March 2020 - At a ceremony in Ohrid, Foreign Minister Ana Vidal "
	  "signs the agreement, watched by Prime Minister Rui Costa. Li Wen is "
	  "expected in Johannesburg on Monday for the BRICS summit.",
	  { "Paul Girard|attended|European Council summit in Brussels|current",
	    "Ana Vidal|attended|ceremony|current",
	    "Rui Costa|attended|ceremony|current",
	    "Li Wen|attended|BRICS summit|current" },
	  { NULL } },
	{ "the_sidelines_of_an_event_and_telling_it",
	  NULL,
	  "Foreign Minister Ana Vidal held separate bilateral meetings with "
	  "her Chinese and Philippine counterparts, Li Wen and Jose Cruz. "
	  "Pedro Alves signed a trade deal on the sidelines of the G20 "
	  "summit in Rio. Rui Costa told a joint news conference that the "
	  "talks had gone well.",
	  { "Ana Vidal|met_with|Jose Cruz|current",
	    "Pedro Alves|attended|G20 summit|current",
	    "Rui Costa|attended|joint news conference|current" },
	  { NULL } },
	{ "talks_named_by_their_format",
	  NULL,
	  "Foreign Minister Mauro Lima took part in the expanded talks.",
	  { "Mauro Lima|attended|expanded talks|current" },
	  { NULL } },
};

/* Is name one of entity i's names? */
static int named(const kg_doc *d, size_t i, const char *name)
{
	size_t a;

	if (strcmp(d->entities[i].name, name) == 0)
		return 1;
	for (a = 0; a < d->entities[i].naliases; a++)
		if (strcmp(d->entities[i].aliases[a], name) == 0)
			return 1;
	return 0;
}

/* Does d hold the fact "S|pred|O|status[|negated]"? */
static int has_fact(const kg_doc *d, const char *spec)
{
	char buf[512], *f[5] = { 0 }, *p;
	size_t i, n = 0;

	snprintf(buf, sizeof(buf), "%s", spec);
	for (p = strtok(buf, "|"); p && n < 5; p = strtok(NULL, "|"))
		f[n++] = p;
	for (i = 0; i < d->nfacts; i++) {
		const kg_doc_fact *x = &d->facts[i];
		int neg = f[4] && strcmp(f[4], "negated") == 0;

		if (strcmp(kg_pred_name(x->pred), f[1]) ||
		    strcmp(kg_status_name(x->status), f[3]) ||
		    x->negated != neg || !named(d, x->subject, f[0]))
			continue;
		if (x->object == KG_NO_ENTITY ? strcmp(x->literal, f[2]) == 0
		                              : named(d, x->object, f[2]))
			return 1;
	}
	return 0;
}

static void dump(const kg_doc *d)
{
	size_t i;

	for (i = 0; i < d->nfacts; i++) {
		const kg_doc_fact *x = &d->facts[i];

		printf("    have %s|%s|%s|%s%s (%s)\n",
		       d->entities[x->subject].name, kg_pred_name(x->pred),
		       x->object == KG_NO_ENTITY ? x->literal
		                                 : d->entities[x->object].name,
		       kg_status_name(x->status), x->negated ? "|negated" : "",
		       x->rule);
	}
}

static void run_cases(kg_ingest *ing)
{
	size_t c, i;
	int seen[KG_P_COUNT] = { 0 };

	for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		const struct tcase *t = &cases[c];
		kg_doc_input in = { t->name,      NULL,    NULL,
			            t->published, t->text, strlen(t->text) };
		const kg_doc *d = NULL;
		kg_err err;
		int ok = 1;

		if (kg_ingest_text(ing, &in, &d, &err) != KG_OK) {
			KG_CHECK(t->name, 0);
			continue;
		}
		for (i = 0; i < 12 && t->want[i]; i++) {
			int got = has_fact(d, t->want[i]);

			if (!got)
				printf("  %s: missing %s\n", t->name,
				       t->want[i]);
			ok &= got;
		}
		for (i = 0; i < 6 && t->never[i]; i++) {
			int got = has_fact(d, t->never[i]);

			if (got)
				printf("  %s: unwanted %s\n", t->name,
				       t->never[i]);
			ok &= !got;
		}
		if (!ok)
			dump(d);
		KG_CHECK(t->name, ok);
		for (i = 0; i < d->nfacts; i++)
			seen[d->facts[i].pred] = 1;
	}
	for (i = 0; i < KG_P_COUNT; i++) {
		if (!seen[i])
			printf("  no case produces %s\n",
			       kg_pred_name((kg_pred)i));
		KG_CHECK("every predicate of DESIGN.md is produced by a case",
		         seen[i]);
	}
}

/* Sentence splitting keeps abbreviations inside their sentence. */
static void test_sentences(kg_ingest *ing)
{
	const char *text = "Gen. Mark Milley met U.S. officials at 10 a.m. on "
	                   "Jan. 5. He left. \"We agree,\" he said.\n\nNext";
	kg_doc_input in = { "s", NULL, NULL, NULL, text, strlen(text) };
	const kg_doc *d = NULL;

	KG_CHECK("sentences: extraction succeeds",
	         kg_ingest_text(ing, &in, &d, NULL) == KG_OK);
	if (!d)
		return;
	KG_CHECK("sentences: abbreviations do not split, the quote does",
	         d->nsentences == 4);
	KG_CHECK("sentences: the first ends after 'Jan. 5.'",
	         d->nsentences > 0 && text[d->sentences[0].end - 1] == '.' &&
	                 d->sentences[0].end ==
	                         strlen("Gen. Mark Milley met U.S. "
	                                "officials at 10 a.m. on "
	                                "Jan. 5."));
	{
		/* a stop inside closing quotes ends the sentence too */
		const char *q =
		        "Milei said the bloc \"cannot be a wall.\" Lula "
		        "replied it was \xe2\x80\x9c"
		        "a shelter.\xe2\x80\x9d"
		        " The two did not meet.";
		kg_doc_input qi = { "q", NULL, NULL, NULL, q, strlen(q) };

		d = NULL;
		KG_CHECK("sentences: closing quotes",
		         kg_ingest_text(ing, &qi, &d, NULL) == KG_OK &&
		                 d->nsentences == 3);
		KG_CHECK("sentences: the curly quote stays with its sentence",
		         d && d->nsentences == 3 &&
		                 (unsigned char)q[d->sentences[1].end - 1] ==
		                         0x9d);
	}
}

static void test_errors(kg_ingest *ing)
{
	const char bad[] = "Valid text \xff then bad";
	kg_doc_input in = { "bad", NULL, NULL, NULL, bad, sizeof(bad) - 1 };
	const kg_doc *d = (const kg_doc *)1;
	kg_err err;
	char out[11];

	KG_CHECK("invalid UTF-8 is refused",
	         kg_ingest_text(ing, &in, &d, &err) == KG_EINVALID);
	KG_CHECK_STR("invalid UTF-8: message gives the byte", err.msg,
	             "invalid UTF-8 at byte 11");
	KG_CHECK("invalid UTF-8: no result", d == NULL);
	KG_CHECK("parse_date: plain date",
	         kg_ingest_parse_date(out, "2025-08-17") == KG_OK &&
	                 strcmp(out, "2025-08-17") == 0);
	KG_CHECK("parse_date: timestamp",
	         kg_ingest_parse_date(out, "2025-08-17T10:00:00Z") == KG_OK);
	KG_CHECK("parse_date: not a date",
	         kg_ingest_parse_date(out, "17/08/2025") == KG_EINVALID);
	KG_CHECK("parse_date: month 13",
	         kg_ingest_parse_date(out, "2025-13-01") == KG_EINVALID);
}

/* "Putin", "Mr Putin" and "Vladimir Putin" are one PERSON entity. */
static void test_one_person(kg_ingest *ing)
{
	const char *text = "Vladimir Putin arrived. Mr Putin met Kim Jong Un. "
	                   "Putin left. Mr. Putin spoke.";
	kg_doc_input in = { "p", NULL, NULL, NULL, text, strlen(text) };
	const kg_doc *d = NULL;
	size_t i, n = 0;

	if (kg_ingest_text(ing, &in, &d, NULL) != KG_OK)
		return;
	for (i = 0; i < d->nentities; i++)
		n += d->entities[i].type == KG_T_PERSON &&
		     strstr(d->entities[i].name, "Putin") != NULL;
	KG_CHECK("one person for every way of naming Putin", n == 1);
}

/* The same text twice gives the same facts in the same order. */
static void test_deterministic(kg_ingest *ing)
{
	const char *text = cases[8].text;
	kg_doc_input in = { "d", NULL, NULL, NULL, text, strlen(text) };
	const kg_doc *d;
	char first[4096] = "", second[4096] = "";
	size_t i, n;

	for (n = 0; n < 2; n++) {
		char *buf = n ? second : first;

		if (kg_ingest_text(ing, &in, &d, NULL) != KG_OK)
			break;
		for (i = 0; i < d->nfacts; i++) {
			size_t len = strlen(buf);

			snprintf(buf + len, 4096 - len, "%zu %d %zu %s;",
			         d->facts[i].subject, (int)d->facts[i].pred,
			         d->facts[i].object, d->facts[i].rule);
		}
	}
	KG_CHECK("same text, same facts", first[0] && !strcmp(first, second));
}

int main(void)
{
	kg_lexicon *lx = NULL;
	kg_ingest *ing = NULL;
	kg_err err;

	if (kg_lexicon_load_builtin(&lx, &err) != KG_OK ||
	    kg_ingest_new(&ing, lx, &err) != KG_OK) {
		printf("cannot start: %s\n", err.msg);
		return 1;
	}
	run_cases(ing);
	test_sentences(ing);
	test_errors(ing);
	test_deterministic(ing);
	test_one_person(ing);
	kg_ingest_free(ing);
	kg_lexicon_free(lx);
	return KG_CHECK_DONE();
}
