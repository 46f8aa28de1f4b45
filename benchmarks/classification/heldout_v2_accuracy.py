"""Score the column classifier on held-out set v2 (:mod:`benchmarks.classification.heldout_v2`) or v3 to v173.

``--set v3`` scores :mod:`benchmarks.classification.heldout_v3` instead (other domains, countries and identifiers,
written blind like v2), ``--set v4`` scores :mod:`benchmarks.classification.heldout_v4` (again other domains,
countries, identifiers and scripts, written blind), ``--set v5`` scores :mod:`benchmarks.classification.heldout_v5`
(other scripts, 200-2,000 rows per table, opaque and misleading names, written blind), ``--set v6`` scores
:mod:`benchmarks.classification.heldout_v6` (25 tables in other domains, 30 countries' identifiers, 200-3,000 rows
per table, abbreviated, opaque and misleading names, written blind), ``--set v7`` scores
:mod:`benchmarks.classification.heldout_v7` (27 tables in yet other domains, 24 countries' identifiers, 29 languages
of column names, no Faker values, written blind), ``--set v8`` scores :mod:`benchmarks.classification.heldout_v8`
(23 tables of dirty legacy exports in other domains, 30 countries' identifiers, written blind), ``--set v9`` scores
:mod:`benchmarks.classification.heldout_v9` (24 tables of wide, qualified, warehouse and event shapes, 5 continents'
identifiers, 24 languages of column names, written blind), ``--set v10`` scores
:mod:`benchmarks.classification.heldout_v10` (25 tables shaped like exports of real systems: SAP, Oracle EBS, Protheus
and other ERP/HR exports, CRM and SaaS exports with JSON paths, FHIR and HL7 health records, telecom and IoT, written
blind), ``--set v11`` scores :mod:`benchmarks.classification.heldout_v11` (23 tables in domains no earlier set used:
claims, student records, vehicle register, last-mile delivery, gambling KYC, donors, legal cases, airline PNR and
loyalty, tenancy, a clinical trial, dating, benefits; a column-store export named ``col_001``..., EAV tables, dates of
birth split into integer parts, columns 70-95% NULL-words, decoys shaped like personal values; written blind),
``--set v12`` scores :mod:`benchmarks.classification.heldout_v12` (23 tables in domains no earlier set used: hunting and
fishing licences, crowdfunding, a congress, traffic fines, removals, home care, an animal shelter, a race, site passes,
daycare, a pawnshop, appliance repair, a land register, emergency calls, beekeepers, vaccination, genealogy; a contact
table in long form, JSON columns, columns mixing two kinds by row, a table of decoys only, an 80-column sheet named
``F1``..``F80``; written blind), ``--set v13`` scores :mod:`benchmarks.classification.heldout_v13` (18 tables in domains
no earlier set used: waste fees, lost property, used-car appraisals, taxi permits, a summer camp, a hair salon,
allotments, a housing queue, a flea market, a bicycle depot, a consent log, a homeowners' association, a food bank, a
car workshop, a chimney sweep, school trips, a jury pool, port calls; names written ``SURNAME, Given``, private and
business rows in one column, columns of empty strings, padded and mixed-case values, a sheet named ``A``..``AD``;
written blind), ``--set v14`` scores :mod:`benchmarks.classification.heldout_v14` (21 tables in domains no earlier set
used: tattoo consent forms, escape-room bookings, a rowing club, an integration course, a coworking space, cork lots, an
orthodontist's recalls, a locksmith's key copies, farm visits of a vet, a cemetery register, freelance translators,
self-storage contracts, hearing aids, a piano school, a photo studio, a campsite, a dance school, a winter-bathing club,
ferry departures, a pálinka distillery, snow clearing; identifiers of several countries in one column, a Pix key column
of several kinds, phones written with odd separators, a staging export named ``c01``..``c30``; written blind),
``--set v15`` scores :mod:`benchmarks.classification.heldout_v15` (18 tables in domains no earlier set used: a chess
club, a mountain hut, a basketball academy, a song festival, a cat show, a brass band, a cross-border carpool, ski
instructors' payroll, an Irish-language college, a coaching institute, agave growers, a shogi club, kimono rentals, a
philharmonic's season tickets, an olive press, carpet washing, a language tandem, cheese ageing; Slovenian, Lithuanian,
Estonian, Latvian and Romanian column names, dates of birth with two-digit years and as timestamps, a staging table
whose columns carry seven languages; written blind), ``--set v16`` scores :mod:`benchmarks.classification.heldout_v16`
(13 tables in domains no earlier set used: a driving school, a library's borrowers, a funeral home, a marina's berth
holders, a blood-donation drive, a pharmacy's pick-ups, a bike-sharing app, hotel registration cards, a scrap-metal
buyer's register, a wedding planner, a karate dojo, a tutoring agency, a model-railway club; Norwegian, Finnish,
Hungarian, Croatian, Bulgarian and Ukrainian column names, staff names under role words, identity documents of several
countries; written blind), ``--set v17`` scores :mod:`benchmarks.classification.heldout_v17` (14 tables in domains
no earlier set used: a bouldering gym's waivers, cake orders, a festival's volunteers, a dental lab's orders, a housing
co-operative's waiting list, a trekking agency, a shooting range, a jeweller's gold purchases, a pet hotel, a golf
driving range, a sanatorium, a refugee-aid NGO's intake, a customs broker's declarants, a brew log; Catalan, Icelandic,
Welsh, Irish, Afrikaans, Indonesian, Vietnamese, Slovak and Serbian Latin column names, split dates of birth, SNILS and
PPS, identifiers of new countries; written blind), ``--set v18`` scores :mod:`benchmarks.classification.heldout_v18`
(17 tables in domains no earlier set used: a dive centre's log, a tax adviser's client intake, a riding stable, lottery
prize claims, a youth hostel's guest register, a sign-language school, a carnival association, a court's sworn
interpreters, a sailing school, a bottle-deposit machine's log, a puppet theatre's season tickets, a notary's powers of
attorney, a cooking school, a bicycle registration ledger, a tyre-fitting shop, a lifeguard school, an orchestra's
auditions; Basque, Galician, Maltese, Luxembourgish, Swahili, Tagalog, Malay, Korean and Chinese column names, dates of
birth with month names and era years, thirteen identifiers v17 did not have; written blind), ``--set v19`` scores
:mod:`benchmarks.classification.heldout_v19` (18 tables in domains no earlier set used: a mountain rescue team's
call-outs, a farrier's visit book, a piano tuner's customers, a surf school, a violin maker's repair book, tuk-tuk tour
bookings, a dog-grooming salon, a volunteer fire brigade, a snowmobile club, a pigeon-racing club, a dry cleaner, a
hamam, a karaoke box, a bonsai class, a taxidermy workshop, a ceramics workshop, a sauna raft, a car wash's log;
Estonian and Finnish column names, small clubs whose few families recur, dates of birth with ordinal days, genitive
month names and era abbreviations, Belgian, Chilean, Estonian and Danish identifiers; written blind), ``--set v20``
scores :mod:`benchmarks.classification.heldout_v20` (18 tables shaped like real exports in domains no earlier set used:
a tutoring platform's bookings export with JSON-path column names, a chimney sweep's district register, a school
canteen, a padel club's booking app, a tax assistance centre, a condominium's gate log, a bicycle subscription, a
funeral home, a garden service's RUT basis, a municipal meal delivery, a village cemetery's plot leases, an
exam-preparation school, a removal company, an after-school club, a tailoring atelier, a centre for the elderly, a
staging table merged from three systems, a parking machine's log; audit columns, Hungarian, Romanian and Norwegian
column names, dates of birth as epoch milliseconds and spreadsheet serial numbers; written blind), ``--set v21``
scores :mod:`benchmarks.classification.heldout_v21` (18 tables of ordinary business systems in domains no earlier set
used: helpdesk tickets, an optician's customer file, consumer-credit applications, an estate agency's buyer leads, a
travel agency's bookings, warranty registrations, viewing appointments, a web shop's complaints, expense claims,
newsletter subscribers, car leasing, instalment sales, commuting allowances, an online supermarket, term deposits, an
internet provider's installations, a warehouse customer dimension with source-prefixed, opaque and misleading names, a
stock-movement log; dates of birth split into day, month and year columns; written blind), ``--set v22`` scores
:mod:`benchmarks.classification.heldout_v22` (18 tables of ordinary business systems in domains no earlier set used:
boiler field-service work orders, a car dealership's test drives, furniture home deliveries, a temp agency's
candidates, vocational training enrolments, solar-panel quote requests, kitchen orders, a staffing company's
timesheets, window-cleaning subscribers, window replacement jobs, a phone repair shop, a mail-order customer master,
housekeeping bookings, an online school, event catering, a marketing contact export with opaque, misleading and
role-word names, car rental agreements, an article master; staff under role words with few distinct people, logins
in audit columns beside service accounts; written blind), ``--set v23`` scores
:mod:`benchmarks.classification.heldout_v23` (18 tables of ordinary business and public-sector systems in domains no
earlier set used: pest-control call-outs, heating-oil deliveries, a town hall's civil-status certificate requests,
transport season passes, motor insurance policies, bottled-gas deliveries, home-insulation grants, a bailiff's
debtors, vehicle inspections, a pension fund, building-savings contracts, marketplace returns, newspaper subscribers,
a water-server service, a housing management company's accounts, mobile contracts, a payout export with opaque,
misleading and role-word names, a parts catalogue; customers' homes named as premises, sites and delivery points,
phones from mobile-payment and messaging fields; written blind), ``--set v24`` scores
:mod:`benchmarks.classification.heldout_v24` (21 tables of the ordinary, mostly English schemas a data team points the
tool at: a SaaS CRM's accounts, contacts, opportunities and activities, HR employees, payroll stubs, web-shop orders,
reviews and returns, a clinic's appointments, support tickets, a conference's registrations, product-analytics
events, a dbt staging model, customer dimension and order fact, a fintech ledger, property-management leases, a
school district's students, a carrier's shipments, a German personnel master, a Brazilian customer register; many
join keys, surrogate and hashed keys, staff under role words, role-named e-mail columns, numbered custom fields;
written blind), ``--set v25`` scores :mod:`benchmarks.classification.heldout_v25` (20 tables of ordinary warehouse
schemas in domains v24 did not use: an insurer's first notice of loss and its mainframe policy-holder extract, a
mobile operator's subscribers and call detail records, a bank's KYC onboarding, a hotel's guest folios, an airline
loyalty export, a gym's members and app events, a dental practice's patients, a pharmacy's prescriptions, a utility's
meter accounts, a recruiting ATS and a nonprofit's donors on Salesforce, ride-hailing trips, a dating app's profile
export, a county's building permits, French, Spanish and Dutch customer masters; cells with several e-mail addresses,
phones or names, JSON blobs, a person's coordinates, Salesforce custom fields, Segment context columns; written
blind), ``--set v26`` scores :mod:`benchmarks.classification.heldout_v26` (20 tables of data as it arrives in a
warehouse, in domains v24 and v25 did not use: Debezium change events with before and after images, Stripe, Shopify,
HubSpot and a wearable app's API synced by Fivetran and Airbyte, a food-delivery one-big-table mart, a bookstore
chain's DB2 loyalty file and a moving company's SAP customer master, a vet clinic, a wedding venue, a blood bank, a
court's e-filing, a library, a voter file, a parking operator, a crowdfunding platform, a marketplace's payouts,
Brazilian, Japanese and Polish tables; JSON objects and arrays in cells, placeholders, hashes, tokens, masked and
partial values; written blind), ``--set v27`` scores :mod:`benchmarks.classification.heldout_v27` (18 tables of the
operational databases behind ordinary apps, in domains v24 to v26 did not use: a SaaS booking app, Devise, Django,
WordPress, WooCommerce and Magento schemas, an issue tracker, a mailing-list tool, a call center, an LMS, an insurance
agent's CRM, interview feedback, open-house visitors, 311 requests, an Italian museum's members and a Swedish
home-services marketplace; key/value meta tables, password hashes and tokens, user agents, commit authors; written
blind), ``--set v28`` scores :mod:`benchmarks.classification.heldout_v28` (12 tables of packaged enterprise software
spelled as the products spell their columns: SAP customer master and HR infotypes, Dynamics 365 contacts, a Salesforce
lead, Odoo partners, a Workday worker report, Zendesk users, a Turkish payroll file, Oracle EBS people, MES operation
confirmations; German, Danish, Czech, French, Spanish and Turkish values, custom fields, dates of birth as SAP DATS
text and integers; written blind), ``--set v29`` scores :mod:`benchmarks.classification.heldout_v29` (14 tables of
public-sector, health, education and nonprofit systems in German, Danish, Czech, Turkish, Greek, Dutch, Polish,
Portuguese, Spanish, French, Japanese, Ukrainian and Russian: a population register, a pupil roster, clinic and
hospital patients, university students, a tax office, housing tenants, scholarship holders, job seekers, social-aid
case files, a ward office's residents, volunteers, a dormitory and a hospital staging extract; Greek, Cyrillic, kanji
and katakana names and values, fourteen countries' identifiers; written blind), ``--set v30`` scores
:mod:`benchmarks.classification.heldout_v30` (14 tables of consumer businesses outside Europe and the US: an Indian
fintech's KYC, a Brazilian marketplace's sellers and orders, a Mexican telco, a South African insurer, an Australian
crypto exchange, a Malaysian ride-hailing app, a Korean game, a Chinese cross-border exporter, a Kenyan mobile-money
wallet, an Argentine and Chilean retailer, a Philippine BPO, a Gulf airline's loyalty members and an Indonesian school;
Hangul, Hanzi and Arabic names, thirteen countries' identifiers; written blind), ``--set v31`` scores
:mod:`benchmarks.classification.heldout_v31` (14 tables of the ordinary English-language schemas of US, UK, Canadian,
Irish and Australian businesses in domains v24 to v29 did not use: a youth soccer league, a funeral home, a charity's
volunteers and DBS checks, a car dealership, a GP surgery, a credit union, an energy supplier, a labour-hire agency's
workers and timesheets, a dog-walking app, a wedding photographer, student-lettings repairs, a legacy customer master
and a supplier file; NHS numbers, SINs, PPSNs, TFNs, VINs and microchip numbers, five countries' postcodes and phones,
dates of birth in seven forms; written blind), ``--set v32`` scores :mod:`benchmarks.classification.heldout_v32` (14
tables of event, log and data-lake data: clickstream events with flattened user properties, a web server's access log,
an API gateway's request log, a Kafka topic of customer updates flattened from JSON, e-mail sends, opens and bounces, a
support chat's transcript lines, crash reports, a payment gateway's webhook log, an identity provider's sign-in log, a
feature store, a data-lake raw table with opaque names, a dbt snapshot, structured application logs and a CDP's
identify calls; e-mail addresses in URL query strings, JSON bodies and log lines, UPNs, hashed keys, IPv4 and IPv6;
written blind), ``--set v33`` scores :mod:`benchmarks.classification.heldout_v33` (15 tables of legacy and mainframe
exports and ordinary systems in Hungarian, Romanian, Finnish, Estonian, Lithuanian, Croatian, Slovenian, Slovak,
Bulgarian, Hebrew, Vietnamese, Thai and Icelandic, two COBOL extracts with copybook names and fixed-width values,
thirteen countries' identifiers, split and local-format dates of birth; written blind), ``--set v34`` scores
:mod:`benchmarks.classification.heldout_v34` (14 tables of ordinary private and public systems of Southern Europe and
Latin America with Catalan, Galician, Spanish, Portuguese, Italian and Latin American Spanish column names, often
abbreviated, three wide legacy tables, thirteen countries' identifiers, two surnames per person; written blind),
``--set v35`` scores :mod:`benchmarks.classification.heldout_v35` (12 wide denormalized exports of ordinary US, UK,
Canadian and Australian business systems: a B2B SaaS's account-contact-opportunity flat file, a retailer's order-line
fact, a hospital's bed snapshot, an airline's PNR flat file, a bank's loan tape, an insurer's policy-claim file, a
university's enrollment extract, a shipment-recipient file, a hotel's guest folios, a telecom's monthly usage, a
marketplace's seller payouts and a nonprofit's gifts; several people per row beside business addresses, name-like
products and identifier-shaped decoys; written blind), ``--set v36`` scores
:mod:`benchmarks.classification.heldout_v36` (14 tables of healthcare, insurance and benefits data of the US, Canada,
the UK, Ireland and Australia: FHIR Patient resources with dotted paths, an HL7 ADT feed, flattened 837 claims and 835
remittances with X12 element names, PBM fills, lab results, an Australian dental export, an NHS trust's outpatients,
Ontario OHIP claims, a benefits enrollment, a wellness app, a telehealth log, a patient portal's access log and an
Irish pharmacy's scheme claims; NHS, Ontario health, Medicare and PPS numbers, NPIs, DEA numbers and medical codes as
decoys; written blind), ``--set v37`` scores :mod:`benchmarks.classification.heldout_v37` (14 tables of ordinary
commerce and services in Japan, Korea, China, Taiwan, Hong Kong, India, Vietnam, Thailand, Indonesia and the
Philippines with column names in kanji, kana, Hangul, Hanzi, Devanagari and Thai script and in romanizations, dates of
birth in era calendars, eight identifiers with check digits; written blind), ``--set v38`` scores
:mod:`benchmarks.classification.heldout_v38` (14 tables of SaaS connector data as Fivetran, Airbyte and Stitch land
it: Salesforce, Intercom, Mailchimp, Greenhouse, BambooHR, Personio, Factorial, Typeform, Xero, Twilio, Calendly,
Stripe and Shopify raw schemas with flattened and custom fields, three with German, Spanish and French column names;
written blind), ``--set v39`` scores
:mod:`benchmarks.classification.heldout_v39` (14 tables of small local businesses, clubs and offices across Europe,
Turkey, Greece and Ukraine: a driving school, a vet, a car rental, a landlord's tenants, a football club, a dental
practice, a funeral home, a library, resident parking permits, a childminding scheme, a wedding venue, a tax advisor,
a photo studio and a tutoring academy, with abbreviated local column names, Greek and Cyrillic names and values,
fourteen identifiers with check digits; written blind), ``--set v40`` scores
:mod:`benchmarks.classification.heldout_v40` (15 tables of mobility, travel and gig-economy platforms: ride-hailing
driver onboarding, courier payroll, e-scooter rides, holiday-rental hosts, a freelancer marketplace, concert tickets,
EV-charging card holders, car sharing, a moto-taxi app, coach passengers, a river-cruise manifest, a taxi dispatch
log, campervan hire, gig payouts and an opaque staging export, in English and nine other languages; passport and
driving-licence numbers, ten identifiers with check digits; written blind), ``--set v41`` scores
:mod:`benchmarks.classification.heldout_v41` (14 tables of analytics-engineering and data-science tables: a dbt SCD2
snapshot, a customer-360 mart, a churn feature table, a DSAR log, a German consent ledger, CDP unified profiles, a
data-quality quarantine, a Spanish survey fact, A/B assignments, lead scores, attribution touchpoints,
identity-resolution pairs, a pseudonymised research extract and a support QA sample; written blind), ``--set v42``
scores :mod:`benchmarks.classification.heldout_v42` (15 tables of manufacturing, logistics-site and industrial
operations systems: MES confirmations, quality inspections, maintenance work orders, safety incidents, badge access, a
temp agency's payroll import, contractor onboarding, canteen payments, a shift roster, PPE issuance, a forklift and
crane licence register, training records, a visitor log, a works-council election list and a dispatched-worker roster,
in English and ten other languages; eleven identifiers with check digits; written blind), ``--set v43``
scores :mod:`benchmarks.classification.heldout_v43` (14 tables of financial-services back-office data: SWIFT MT103
fields, ISO 20022 pacs.008 paths, SEPA direct-debit mandates, AML alerts, KYC periodic reviews, card chargebacks,
collections, a wealth client profile, underwriting applications, pension-fund members, wage garnishments, a fraud case
log, brokerage account openings and a credit-bureau inquiry log, in English and eight other languages; BICs, LEIs,
ISINs, UETRs and creditor identifiers as decoys, ten identifiers with check digits; written blind), ``--set v44``
scores :mod:`benchmarks.classification.heldout_v44` (14 tables of licences, permits and registers kept by public
bodies and regulated trades: firearm certificates, a prescription-monitoring upload, prison visits, two courts' hearing
lists, lottery prize claims, a dog-tax register, hunting licences, market-stall licences, a vehicle register, a
notary's deed register, marriage records, taxi-driver IDs and a secondhand dealer's ledger, in English and nine other
languages; permit, case and deed numbers, plates, VINs and microchips as decoys; written blind), ``--set v45``
scores :mod:`benchmarks.classification.heldout_v45` (15 tables of associations, communities and memberships: a
choir's members, a parish baptism register, an alumni association, a genealogy export, a volunteer fire brigade, a
sports federation's licensed athletes, a chess club's rated players, a housing co-operative, a scouting group, a food
bank, a union's dues ledger, a neighbourhood WhatsApp export, a hobby forum's users and a crowdfunding campaign's
backers, in English and fourteen other languages and scripts; FIDE ids and federation licences as decoys; written
blind), ``--set v46`` scores :mod:`benchmarks.classification.heldout_v46` (15 tables of property, housing, utilities
and telecom customer systems: a Texas landlord's rental applications, a British energy supplier's meter reads, a New
South Wales strata roll, an Ontario operator's rated call records, a Karnataka electricity consumer master, a German
utility's move notices, a Bordeaux estate agent's CRM, a Spanish electricity retailer's contracts, a Dutch fibre
provider's connections, Polish prepaid SIM registrations, a Sapporo tenant ledger, a Korean apartment complex's fee
billing, a Corfu cadastral extract, a Lviv co-owners' association and a Haifa water corporation's consumers, in
English and ten other languages and scripts; MPANs, CUPS, MaLo-IDs, meters, cadastral references, IMEIs and cell sites
as decoys; written blind),
``--set v47`` scores :mod:`benchmarks.classification.heldout_v47` (15 tables of media, entertainment, sport,
gaming and ticketing: a UK streaming service's subscribers, a Chicago box office's ticket orders, a Sydney rugby-league
club's season members, an Indian fantasy-sports app's KYC, a South African sportsbook's customers, a Canadian game
studio's player profiles and an esports organiser's prize payouts (dbt staging), an Irish gym chain's members, a
talent agency's Salesforce ``Talent__c``, a podcast audience export with opaque ``attr_NN`` names, a UK publisher's
royalty payees, a festival's volunteers, a Québec cinema's loyalty members, a Seville football club's members and a
Leipzig concert hall's subscribers, in English, French, Spanish and German; ISRCs, ISWCs, UPCs, ticket barcodes,
loyalty cards passing Luhn, seats and jersey numbers as decoys; written blind),
``--set v48`` scores :mod:`benchmarks.classification.heldout_v48` (15 tables of hospitality and food service: a Las
Vegas casino resort's Opera-style PMS guest profiles with ``UDF`` fields, an Edinburgh hotel group's channel-manager
reservations with OTA relay e-mails, a Melbourne restaurant group's table bookings, a Toronto food-delivery app's
orders, a Galway caterer's event bookings, a Kyoto guesthouse's guest register, a Chiang Mai hostel's TM30
check-ins, an Aegean cruise manifest, a Truskavets sanatorium's spa appointments, an Israeli tour operator's
participants, a Dubai holiday-home operator's guest registrations with ``FLD_n`` fields, a Florence B&B's Alloggiati
Web forms, a Málaga holiday-rental platform's hosts, a Bavarian spa hotel's Meldescheine and a Paris delivery firm's
riders, in English and ten other languages and scripts; booking references, rooms, tables, cabins, rate and allergen
codes and properties named like people as decoys, eleven identifiers with check digits; written blind),
``--set v49`` scores :mod:`benchmarks.classification.heldout_v49` (15 tables of HR, recruiting, payroll and workforce
systems: a Nashville health-tech's ATS opportunities with résumés and referrals, a Manchester health-tech's interview
scorecards, a Melbourne retailer's offer letters, a Minnesota dairy plant's ADP payroll register, a Hawke's Bay orchard
contractor's seasonal timesheets, a Calgary firm's group benefits enrolment with dependants, a Leeds screening
vendor's candidate checks, a Bengaluru IT firm's onboarding forms (PAN, Aadhaar, UAN), a Singapore caterer's
work-pass register (NRIC/FIN), a Johannesburg insurer's Workday org chart and talent review, an Atlanta consultancy's
Concur expenses, a Leeds building society's Qualtrics exit survey, a Bavarian SAP LSO learning export, a Lyon DSN
payroll extract and a Porto Alegre eSocial admission file, in English, German, French and Portuguese; requisition
codes, job codes, grades, cost centres, position and policy numbers, routing numbers, office phones and candidate
sources as decoys; written blind),
``--set v50`` scores :mod:`benchmarks.classification.heldout_v50` (15 tables of education and childcare: a Chicago
suburban district's PowerSchool students, a Sheffield primary school's attendance marks with teachers, a Melbourne
long-day-care centre's children with authorised pick-ups, a Canadian student-loan servicer's borrowers, a Galway
university's alumni gifts, an Auckland tutoring marketplace's bookings, a Seoul cram school's attendance, a Hangzhou
kindergarten's register, a Moscow-oblast unified state exam's registrations, a Patras university's student register,
a Dubai school's bus roster, a Lucknow university's admission applications, a Kyoto university's entrance
applications, a Leipzig Kita's children and a Lyon university's Apogée records, in English and nine other languages
and scripts; student, examinee and roll numbers, class and room names, grades, school contacts, bus routes and
programme codes as decoys, UPN, SIN, PPSN, IRD, resident identity card, SNILS, AMKA, Aadhaar and Emirates ID with
their check digits; written blind),
``--set v51`` scores :mod:`benchmarks.classification.heldout_v51` (15 tables of retail and e-commerce customer data
as ordinary companies hold it: a Stoke-on-Trent pottery shop's Shopify order export (``Billing Name``, ``Note
Attributes``), a Gold Coast surf shop's Magento ``sales_flat_order``, a Nova Scotia tea box's WooCommerce
Subscriptions meta (``_billing_phone``), a handmade marketplace's UK and Irish sellers with payout IBANs and DAC7 tax
ids, a US footwear brand's product reviews, a Manchester retailer's returns with courier notes, an Ohio hardware
chain's click-and-collect pickups with ID checks, a US buy-now-pay-later lender's applications (SSN), a Galway
skincare brand's abandoned carts as a dbt staging model, a Bengaluru marketplace's support chat, an Ontario pharmacy
chain's POS receipt lines with loyalty ids, a Mumbai pay-later app's KYC (PAN, Aadhaar), a Utrecht wine merchant's
orders with iDEAL IBANs, a Kraków electronics shop's orders (PESEL for instalments) and a Shizuoka tea shop's Yamato
shipping labels, in English, Dutch, Polish and Japanese; order numbers, SKUs, GTINs, tracking numbers, discount
codes, loyalty numbers and product titles named after people as decoys; written blind),
``--set v52`` scores :mod:`benchmarks.classification.heldout_v52` (15 tables of legal, justice, public-safety and
debt-collection systems: a Chicago law firm's matter intake with its conflict check, a Las Vegas bail-bonds agency's
bond applications (defendants and indemnitors), a Buffalo collection agency's accounts with call notes, an England and
Wales county court's CaseMan judgment debtors (NINO), a London disclosure vendor's custodians as a dbt staging model,
a Toronto patent agency's inventors, a Johannesburg whistle-blowing hotline's reports (SA ID), a Melbourne process
server's service log, an Irish civil legal-aid board's applications (PPSN, Eircode), a Kassel court bailiff's
enforcement orders, a Touraine notary's deed parties, a Madrid immigration law firm's clients (NIE, DNI), a Bologna
mediation body's parties (codice fiscale), a Brno municipal police force's persons involved (rodné číslo) and a
Rotterdam probation service's clients (BSN), in English, German, French, Spanish, Italian, Czech and Dutch; matter,
account, reference and invoice numbers with check digits, ABNs, business numbers, SIRENs, partite IVA, IMEIs, case,
docket, warrant and booking numbers, statute, court and creditor names and numbered custom fields as decoys; written
blind),
``--set v53`` scores :mod:`benchmarks.classification.heldout_v53` (15 tables of field services, trades, agriculture,
veterinary and home services, one business per table: a Phoenix plumbing and HVAC company's ServiceTitan-like job
export (``Job #``, ``Location Name``, ``Assigned Technicians``), a Brisbane pest-control route sheet (a dog's name, a
rodent monitor's MAC under ``monitor_address``), an eastern-Ontario solar installer's leads and site surveys (SIN for
financing), a Bay of Plenty kiwifruit co-operative's grower deliveries (AS/400 names, IRD numbers), a Harrogate vet
practice's clients and patients (pets named like people, opaque ``UDF_`` fields), an Irish pedigree herd book with
keepers (PPSN, Eircode), a Dallas-Fort Worth roofer's insurance-claim jobs (numbered custom fields: a mixed alternate
contact, an SSN), a Chicago locksmith's call log (VIN, ID last four, card in clear), a Raleigh lawn-care subscription
as a dbt staging model, a Münsterland chimney sweep's fireplace certificates, Gers farmers' CAP subsidy files (NIR,
SIRET), a Danish cleaning marketplace's bookings (CPR of cleaners and customers), a Finnish municipality's
well-drilling and septic notifications (henkilötunnus), a Mexico City mover's quotes (CURP, RFC) and a Poznań
equipment-rental counter's contracts (PESEL, identity card), in English, German, French, Danish, Finnish, Spanish and
Polish; job, claim, permit, herd, tag, microchip and serial numbers, VINs, GTINs, business ids with check digits,
animals' names and birth dates, crops, tools and depots' addresses as decoys; written blind),
``--set v54`` scores :mod:`benchmarks.classification.heldout_v54` (15 tables of marketing, events, surveys and
customer-experience data, one company per table: a Vancouver coffee roaster's Mailchimp-style audience export (merge
tags ``MERGE1`` to ``MERGE6`` as column names), a Perth home builder's Qualtrics-style handover survey (``Q1`` to
``Q20``: a supervisor, a callback number, a referred friend, a typed date of birth, the new home's address), a Dublin
fintech summit's Eventbrite-style attendee report (badge names, Eircodes, dietary notes, the employers' addresses), a
Singapore beauty retailer's CDP unified profile as a dbt mart (e-mail and phone lists, a masked NRIC, an identity
graph as JSON), a Charlotte car-dealer group's call-tracking log (CNAM, transcriptions), a Leeds list broker's
direct-mail rental file, a Mumbai skincare brand's influencer roster (handles, PAN, agencies' GSTINs), an Austin
fintech's referral ledger (``Source`` holding the referrer's e-mail, W-9 SSNs, a payout card in clear), a Toronto
furniture retailer's review moderation queue (products named after people, numbered custom fields), a Stuttgart
machine-tool maker's trade-fair lead scans, a Utrecht research panel's panelists (tussenvoegsel, incentive IBANs), a
Recife soft-drink maker's sweepstakes entries (CPF, NFC-e keys), a Seoul cosmetics brand's SMS consent log, an
Istanbul agency's focus-group screener (T.C. kimlik, IBAN) and a Valencia energy retailer's NPS responses (DNI, CUPS),
in English, German, Dutch, Portuguese, Korean, Turkish and Spanish; GTINs, Luhn order and referral codes, GSTINs,
VAT ids, CNPJs, a Korean business number, a VKN, a CIF, campaign, segment and product names, server addresses and
one-time codes as decoys; written blind),
``--set v55`` scores :mod:`benchmarks.classification.heldout_v55` (15 tables of health and care services outside the
United States, one provider per table and each in a different country: a Zaragoza community pharmacy's dispensing
records (DNI, NIE, the drug under ``nombre``), a Ghent dental practice's patients and recalls (national register
number, the practice's switchboard under ``Contact``, opaque ``ExtraVeld1``), a Graz physiotherapy practice's
appointments (social-insurance number, a SEPA IBAN), a Montpellier optician's prescriptions from a SCREAMING legacy
export (NIR, refraction values, a card kept in clear), a Łódź clinical-trial site's screening log (PESEL), a Campinas
laboratory's sample registrations under HL7 segment-field names (CPF, CNS, ``pid_6_nome_mae``), a Reggio Emilia blood
bank's donors (codice fiscale, ISBT 128-like donation numbers), a Trondheim home-care service's visits and carers
(fødselsnummer, key-safe codes, GPS fixes), a Tampere hearing-aid clinic's clients (henkilötunnus), a Seoul
hospital's outpatient appointments in Hangul (resident registration number), an Athens IVF clinic's cycles in Greek
script (AMKA, ΑΦΜ, patronymic, partner), a Pune telehealth app's consultations (ABHA, masked and full Aadhaar, client
IPs), a Durban vaccination centre's register (SA ID numbers and passports, a mixed ``alt_contact``), a Perthshire care
home's residents (CHI numbers, next of kin, power of attorney) and a Newcastle (NSW) NDIS provider's participants
(NDIS and Medicare numbers, nominees, opaque ``udf_03``), in English, Spanish, Dutch, German, French, Portuguese,
Italian, Norwegian, Finnish, Korean and Greek; prescription numbers, Códigos Nacionales, GTINs, sample barcodes,
batch numbers, kit numbers, practitioners' registration numbers (RIZIV, RPPS, PWZ, CRM, SANC) and providers' business
numbers with their check digits, drug, lens and device names, diagnoses and clinical values as decoys; written
blind),
``--set v56`` scores :mod:`benchmarks.classification.heldout_v56` (15 tables of insurance and pension systems, one
organisation per table: a Wisconsin motor insurer's ClaimCenter-like claims export (claimants' SSNs and Medicare
numbers, Wisconsin licence numbers, adjusters, VINs), an Iowa carrier's AS/400-style producer master (agents' SSNs,
NPNs, agencies' addresses, ``MISC_1``), a Nebraska life insurer's death-claim payees (decedents, beneficiaries, funeral
home assignments, ``src_admin_col04``), an Ontario life insurer's term-life underwriting API (SIN, beneficiaries,
attending physicians, mortality tables), a Bristol MGA's Lloyd's household risk bordereau (UMR, LEI, risk addresses,
``udf_1``), a Cardiff pet insurer's policies (pets named like people, the product under ``Name``), a Brisbane travel
insurer's quote API (passports, a mixed emergency contact, a card in clear), a Dublin pension administrator's member
master (PPSN, Eircodes, nominated beneficiaries, fund ISINs), a Christchurch home insurer's claim lodgements (joint
insureds, tenants, ``attr8``), a Bari motor agency's RCA policies (codice fiscale, plates and VINs), a Leipzig
insurer's Riester allowance applications (IdNr, social-insurance and allowance numbers, children), a Nantes insurer's
life-assurance beneficiary clauses (numéro fiscal), a Twente funeral-insurance co-operative's members (BSN, the package
under ``naam``), a Brno pension company's participants (rodné číslo, designated persons) and an Osaka iDeCo
record-keeper's participant ledger (basic pension number, My Number), in English, Italian, German, French, Dutch, Czech
and romanized Japanese; policy, claim and certificate numbers, VINs, ISINs, an LEI, VAT, ABN, P.IVA, IČO and corporate
numbers, routing numbers, actuarial and underwriting values, pets' names and microchips as decoys; written blind),
``--set v57`` scores :mod:`benchmarks.classification.heldout_v57` (15 tables of public administration and citizen
services, one public body per table: a southern Vermont town's property-tax bills (owners ``LAST FIRST``, SPAN, the
homestead declarant's SSN last four), a New Mexico workforce agency's unemployment-insurance claimant master
(SCREAMING case: SSN with placeholders, the last employer's FEIN, the filing IP, an identity-verification JSON), a
West Yorkshire council's council-tax accounts with council tax support (National Insurance numbers, UPRN, a mixed
``AlternativeContact``, opaque ``UserDefined1``), a Welsh city's parking penalty charge notices (keepers, hirers,
appeals, Blue Badge numbers, ``misc_1``), a Sunshine Coast council's waste-collection accounts (owner vs service
address, a Centrelink CRN, bin RFID tags, ``attr7``), a Wellington regional council's transit concession cards and
season passes, a Michigan township clerk's qualified voter file with absentee ballots, a Manitoba library's Koha
borrowers and loans (books named after people), a Cork county council's planning applications (objectors,
``src_apas_col17``), an Andalusian civil registry's births (DNI, NIE), a Portuguese social-security centre's child
benefit (NIF, NISS), a Podhale registry office's marriage certificates (PESEL, witnesses, family names at birth), a
Norrbotten municipality's social-assistance cases (personnummer), an Anatolian water utility's subscribers (T.C.
kimlik, the waste tax billed with water) and a Volga social fund office's pension awards in Cyrillic (СНИЛС, ИНН,
passport, a Mir card), in English, Spanish, Portuguese, Polish, Swedish, Turkish and Russian; FEINs, routing numbers,
ABNs, library barcodes, ISBNs, S10 tracking numbers, CIF, NIPC, organisationsnummer, NIP, VKN, company ИНН and ОГРН
with their check digits, permit and case numbers, plates, coordinates and book titles as decoys; written blind),
``--set v58`` scores :mod:`benchmarks.classification.heldout_v58` (15 tables of legacy ERP, mainframe and midrange
exports, one organisation per table: a Wisconsin dairy-equipment distributor's JD Edwards Who's Who (``WWMLNM``,
``WWALPH``, birthdays split into ``WWDDATE``/``WWDMON``/``WWDYR``, Julian dates), a Permian well-services firm's
Oracle EBS supplier extract (mostly companies, SSNs of 1099 individuals, ``ATTRIBUTE`` flexfields), a Missouri
electric co-operative's AS/400 member file (``CYYMMDD`` dates, SSNs and phones as numbers), a Kansas retirement
system's COBOL member master (beneficiaries, an alternate payee), a Georgia carpet mill's fixed-width payroll feed
loaded as ``F1`` to ``F40``, a Cornish agricultural merchant's Business Central customers (farmers and companies), a
Kentucky boarding barn's Access table (``Field1``, ``Expr1000``, horses named like people, a card in clear), a North
Carolina furniture maker's Lawson HR file, an Indiana RV maker's AS/400 warranty registrations (VINs), a Ludwigshafen
paint maker's SAP HCM extract (Steuer-IdNr, pension insurance number, ``ZZ`` fields), a West Jutland slaughterhouse's
Navision vendors (pig farmers, CPR), a Westland grower's IBM i personnel file (BSN, seasonal workers), a Roubaix
mail-order house's COBOL customer file, a Valladolid bottled-gas distributor's Informix customers (DNI, NIE) and a
Shizuoka tea wholesaler's office-computer customer master (romanized names, era dates), in English, German, Danish,
Dutch, French, Spanish and Japanese; padded values, zeros and blanks for missing values, SAP DATS, NAV's 1753 date,
EINs, routing numbers, VINs, VAT, CVR and corporate numbers with their check digits as decoys; written blind),
``--set v59`` scores :mod:`benchmarks.classification.heldout_v59` (15 tables of logistics, postal, courier,
customs and freight systems, one organisation per table: a Leeds parcel carrier's driver-app stops with proof of
delivery (signatories, neighbours, safe places, door codes, opaque ``attr7``), a New Zealand postal operator's
mail-redirection orders (household members, driving licences, deceased estates), a Houston private-mailbox store's
box holders (Form 1583 photo IDs, authorised recipients, a card kept in clear), a Birmingham fulfilment company's
cross-border parcels to EU consumers (IOSS and EORI, S10 item numbers, gift messages), a Singapore forwarder's house
bills of lading (consignees mostly companies, their contact persons, container and IMO numbers), a Windsor (Ontario)
customs broker's casual import entries of private importers, a Louisville warehouse's shift roster with
source-prefixed HR columns (``src_hris_col09``: SSN), an East Midlands air-cargo agent's dangerous-goods declarations
(signatories, emergency contacts, UN numbers, air waybills), a Miami forwarder's packages for Jamaican customers (TRN,
a mixed ``src_crm_col17``), a Milan customs forwarder's private-import declarations (codice fiscale, refund IBAN), a
Thessaloniki courier's cash-on-delivery shipments in Greek script, a Brno fulfilment centre's returns (refund IBAN,
EAN, sellers' IČO), a Padborg haulier's CMR transport orders in Danish, a Yokohama self-storage contract ledger in
Japanese (katakana readings, licence numbers) and a Porto mover's removals in Portuguese (NIF, a mixed alternative
contact), in English, Italian, Greek, Czech, Danish, Japanese and Portuguese; tracking, waybill, container, IMO,
EAN and business numbers with their check digits, HS codes, goods and product names, fleet plates, company parties
and their addresses as decoys; written blind),
``--set v60`` scores :mod:`benchmarks.classification.heldout_v60` (15 tables of retail banking, lending and money
services, one organisation per table: a Leeds challenger bank's KYC onboarding (passport and DVLA licence numbers, the
identity vendor's JSON, ISA National Insurance numbers), a Tampa community bank's consumer-loan applications on a
SCREAMING legacy core (co-applicants, disbursement accounts), an Ontario mortgage brokerage's applications (SIN,
co-borrowers, guarantors, the property mortgaged), a Texas consumer reporting agency's inquiry log, a Jacksonville
pawnshop's pledge tickets, a London money-transfer operator's transfers to Nigeria, Ghana, the Philippines and Pakistan
(beneficiaries, a Pakistani IBAN, BICs), an Oregon credit union's member master (payable-on-death beneficiaries, an ATM
card in clear, ``Udf03``), a Scottsdale debt-consolidation lead aggregator's leads (``src_crm_col17``, ``misc_1``), a
Geelong mutual bank's youth savings accounts of minors and their guardians (TFN), a Debrecen savings co-operative's
safe-deposit box renters (mother's name, adóazonosító jel), a Cluj-Napoca bank's mortgage applications (CNP,
co-debtors, guarantors), a Central Java rural bank's group-lending microfinance borrowers (NIK, NPWP), a Ho Chi Minh
City pawnshop chain's contracts (CCCD, motorbikes and phones), a Recife payroll-loan correspondent's proposals (CPF,
PIS/NIS, Pix keys) and a Bursa participation bank's consumer-finance applications (T.C. kimlik, guarantors), in
English, Hungarian, Romanian, Indonesian, Vietnamese, Brazilian Portuguese and Turkish; routing numbers, BICs, CUI,
CNPJ, VKN and IMEIs with their check digits, loan, ticket and account numbers of the organisations, items pledged,
plates, hashes and coordinates as decoys; written blind),
``--set v61`` scores :mod:`benchmarks.classification.heldout_v61` (15 tables of religious communities, funerals,
cemeteries, genealogy and archives, one organisation per table: a Dorchester (Boston) parish's baptism register
(parents, godparents, a Christian witness, margin notations, opaque ``Udf2``), a North Yorkshire council's burial
register (grave owners, inscriptions, grave coordinates, ``misc_1``), a Hamilton (Ontario) crematorium's cases (SIN of
the deceased, applicants, coroners), a genealogy website's family-tree persons (GEDCOM dates from the 1790s, SSDI
numbers, spouses in one cell), a Dublin DNA-testing company's match list (ethnicity JSON, haplogroups), a volunteer
transcription of the 1881 census (a year of birth, historical addresses), a Virginia state archives' reading-room
requests (photo ID numbers, collections named after families, ``Udf03``), a Toronto synagogue's member pledges with
yahrzeits (Hebrew names, a card kept in clear), a Brisbane newspaper's death notices (a product under ``name``, a mixed
``src_crm_col17``), a Vicenza parish's marriage register (codici fiscali of both spouses, witnesses), a Sącz valley
parish cemetery (PESEL of the buried and of the grave's disposer), a Cologne mosque association's members and
donations (a Kurban offered in someone's name, ``Feld1``), a Guadalajara funeral home's services (CURP, RFC, IMSS
NSS), a Debrecen Reformed congregation's members (``Kovács Istvánné``, mother's names) and a Tampere parish union's
volunteer rota (henkilötunnus, a mixed emergency contact, ``ATTR7``), in English, Italian, Polish, German, Spanish,
Hungarian and Finnish; dates of death, churches, saints, cemeteries and funds named after people, business numbers
with their check digits (BN, ABN, P.IVA, NIP, REGON, RFC, adószám, Y-tunnus, a SEPA creditor id), GTINs and
coordinates as decoys; written blind),
``--set v62`` scores :mod:`benchmarks.classification.heldout_v62` (15
tables of physical security, access control and facilities systems, one organisation per table: a Salford Quays
office tower's access-control cardholders (card UIDs, PINs, a mixed emergency contact, ``Custom1``: a home postcode),
a Cambridge (Massachusetts) biotech campus's visitor kiosk (hosts, scanned licences and passports, answers as JSON), a
Melbourne shopping centre's CCTV incident log (cameras, clip hashes, witnesses, injured parties), a Dallas-Fort Worth
alarm central station's subscribers and keyholders (SSN for the credit check, verbal passwords, duress codes, IMEIs),
a Seattle smart-lock app's guest codes (lock MACs, access codes, the owner's home), a Galway hotel's key-card log
(passports of guests from abroad, additional guests in one cell), a Toronto gym chain's door-access log (fob UIDs,
``member_ref``: an e-mail), an Auckland coworking space's members (NZBN, Wi-Fi MACs, a card in clear,
``src_crm_col17``), a Bristol car park's ANPR reads (plates, DVLA keepers of parking charge notices), a Hamburg guard
company's rota (Steuer-IdNr, Rentenversicherungsnummer, IBAN), a Groningen locker rental's contracts (deposit IBAN),
a Gothenburg housing co-operative's tag register (personnummer), a Tokyo data centre's entry log in Japanese, a
Seongnam apartment complex's visitor vehicles in Hangul and a Petah Tikva campus's entry permits in Hebrew script
(Israeli ID numbers), in English, German, Dutch, Swedish, Japanese, Korean and Hebrew; MAC addresses, IMEIs, NZBN,
VAT, organisationsnummer, corporate and company numbers with their check digits, badge numbers, credentials, plates,
device ids and event times as decoys; written blind),
``--set v63`` scores :mod:`benchmarks.classification.heldout_v63` (15 tables of spreadsheet and CSV imports landed
in a data lake, one organisation per table, with the column names of spreadsheet headers and form tools: a Hamilton
hospice's fun-run Google Form (questions as headers, a typed signature), a Cork dog rescue's Typeform applications
(a landlord's name and number in one answer), a Leeds furniture reseller's lead sheet (``Phone # (direct)``,
``Unnamed: 25`` holding phones), a Christchurch school's class lists with merged headers (``Caregiver 1_Mobile``,
``column_28``), a Melbourne landlord's tenant register (driver licences, key codes), a Maine boat dealer's CRM export
(``cust_fnm``, ``ctc_ph``, ``udf_03``: SSN, a mixed ``src_crm_col17``), a Welsh knitwear maker's marketplace orders
(S10 tracking numbers, items named after women), an Austin church camp's sheet read without headers (``A`` to
``AB``: a card in clear, pick-up names), a Tucson choir's SurveyMonkey export (``... - City/Town``, IP addresses),
a Freiburg festival's helper list (``Geb.-Datum (TT.MM.JJJJ)``, IBAN, ``Spalte2``), a Lille youth centre's ski trip
Google Form (NIR), a Valladolid padel tournament (DNI, NIE, ``field12``), an Amersfoort bicycle shop's customer
export (``Tussenvoegsel``, IBAN, btw numbers), a Padua parish's summer camp (codice fiscale) and a Wrocław language
school's CSV import (PESEL, NIP), in English, German, French, Spanish, Dutch, Italian and Polish; values as people
type them (phones in many formats, dates typed as text, ``n/a``, ``-``, ``?``), VAT, btw, NIP and S10 numbers with
their check digits, hull numbers, SKUs, coordinates and lake-loader columns as decoys; written blind),
``--set v64`` scores :mod:`benchmarks.classification.heldout_v64` (15 tables of humanitarian aid, refugee
registration, shelters and food banks, one organisation per table: a UN-style registration database at a Ugandan
field office (individuals of households, other spellings of names, settlements, blocks and plots, refugee identity
numbers, specific-needs codes, iris hashes), a Lehigh Valley food bank's client visits (``cl_fnm``, ``addr_ln1``,
``ctc_ph``, proxies, ``misc_1``), a Sacramento shelter's HMIS bed-night log (SSN with placeholders, locker
combinations, ``UDF_03``), an El Paso migrant legal-aid clinic's immigration matters (A-numbers, passports, judges,
sponsors, WhatsApp numbers of the home country), an NGO's mobile-money cash transfers to displaced households around
Baidoa (three-part Somali names in two orthographies, EVC Plus accounts, IDP sites and shelters), a Philippine
disaster office's typhoon damage assessments (PhilSys, purok addresses, tablets' IMEIs), a Glasgow soup kitchen's
volunteer rota (PVG numbers, ``attr7``, ``attr8``), a Toronto clothing-donation warehouse's intake lines (donors, tax
receipts, GTINs, ``src_crm_col17``), a Melbourne interpreter pool (TFN, ABN, bank accounts), a Mafraq charity's aid
distributions in Arabic script (service cards, national numbers, prepaid cards), an Uzhhorod collective centre's
displaced residents in Cyrillic (РНОКПП, IDP certificates, UA IBANs), a Goma family-tracing service's requests in
French (postnoms, displacement sites, Red Cross messages), a Cúcuta migrant shelter's register in Spanish (cédulas,
PPT, companions), Kakuma non-food-item distributions in Swahili (refugee IDs, M-Pesa numbers) and a Hatay container
city's earthquake survivors in Turkish (T.C. kimlik and foreigners' 99 numbers, TR IBANs), in English, Arabic,
Ukrainian, French, Spanish, Swahili and Turkish; case, ration-card and receipt numbers, ABN, BN, NIT, VKN, ЄДРПОУ,
IMEI and GTIN with their check digits, storm and pet names, items, coordinates and hashes as decoys; written blind),
``--set v65`` scores :mod:`benchmarks.classification.heldout_v65`
(15 tables of social networks, dating apps, forums and messaging services, one system per table and each a different
organisation: a Brooklyn dating app's matches (safety-share contacts, an opaque ``misc_1`` holding a handle), a
Sheffield climbing and cycling forum's XenForo posts (custom profile fields, quoted usernames), a Toronto messaging
app's address-book uploads (contacts' numbers of six countries, birthdays with the year 1604), an Austin social
network's friend graph with profile fields, a Los Angeles creator platform's payouts (W-9 fields, SSN, ``udf_03``), a
Melbourne Q&A site's moderation log (doxxing excerpts, ``ATTR7``), a Montréal game studio's chat reports (gamertags,
age gate, guardians' e-mails), a Cape Town photo app's uploads with EXIF (artist, copyright, GPS), an Edinburgh
newsletter platform's subscribers (a mixed ``src_crm_col17``), a Belo Horizonte neighbourhood app's verified residents
(CPF, a mixed Pix key), a Tokyo matching app's profiles in Japanese (licence numbers, a card kept in clear), a Seoul
community's members in Hangul, a Leipzig Fediverse instance's accounts and supporting members (IBAN), a Kazan
messenger's message metadata in Cyrillic and a Madrid online-event platform's attendees (DNI, NIE, refund IBAN), in
English, Brazilian Portuguese, Japanese, Korean, German, Russian and Spanish; handles, device tokens, password hashes,
file and phone hashes, user agents, like counts, coordinates, routing numbers, ABN, UK VAT, CNPJ, Japanese corporate
numbers, Korean business numbers, company ИНН, CIF and IMEIs with their check digits as decoys; written blind),
``--set v66`` scores :mod:`benchmarks.classification.heldout_v66`
(15 tables of European hospitality and travel registration, one organisation per table: a Highlands hostel network's
bed bookings (``gst_fnm``, ``addr_ln1``, ``ctc_ph``, OTA relay e-mails, a misleading ``notes2`` and an opaque
``misc_1``), a Killarney coach-tour operator's guide roster (PPSN, Eircodes, IBAN, ``Udf03``), a Tyrolean lift
company's season passes in SCREAMING case (SVNr of staff passes, guardians, ``ATTR7``), an Annecy hotel's police forms
for foreign guests, a Valencia camper-van rental's contracts (DNI, NIE, passports, a deposit card in clear), a
Euganean thermal spa's cure bookings (codice fiscale, a misleading ``n_impegnativa_ssn``), an Algarve short-term-rental
manager's accommodation bulletins (hosts' NIF, IBAN and let flats, guests' passports), a Zeeland campsite's overnight
register (``src_crm_col17``), a Kraków travel agency's coach-tour participants (PESEL, identity cards), a Visby
hostel's bookings (personnummer, Swish numbers), a Copenhagen expedition-cruise manifest (CPR under ``Kode``), a
Krkonoše guesthouse's guest register (rodné číslo), an Antalya hotel's KBS notifications (T.C. kimlik, parents' given
names), a Niseko ski school's lesson bookings with romanized Japanese column names and a Corfu agency's day-cruise
passenger list with Greek-script column names, in English, German, French, Spanish, Italian, Portuguese, Dutch,
Polish, Swedish, Danish, Czech, Turkish, romanized Japanese and Greek; booking references, pitches, cabins, plates,
keycard numbers, SKUs, coordinates, hashes, versions and UID, SIRET, CIF, IMEI, partita IVA, NIPC, btw, NIP, REGON,
orgnr, CVR, IMO, IČO, DIČ, VKN, corporate numbers and AFM with their check digits as decoys; written blind),
``--set v67`` scores :mod:`benchmarks.classification.heldout_v67`
(15 tables of vehicles and mobility, one system per table and each a different organisation: a Central Texas toll
authority's transponder accounts (a card kept in clear, ``Udf03``), an East Anglian motoring club's roadside call-outs
(DVLA licence numbers, ``ATTR7``), a Cork car club's trips (Eircodes, ``misc_1``), a Hamilton used-car dealer's
purchase book (Ontario licences, ``notes2``, a mixed ``src_crm_col17``), a Pilbara contractor's fleet telematics with
driver assignment (``udf_03``), a Waikato driving-test centre's bookings, a Bengaluru ride-hailing app's driver
partners (Aadhaar, PAN), a Singapore EV-charging operator's accounts (NRIC under ``code``), a Lagos vehicle
licensing office's registration book (NIN), a Tuscan town's speed-camera fines (codice fiscale), a Kraków airport
car-rental counter (PESEL, identity cards), an Ostrava scrapyard's deregistration book (rodné číslo), a Bursa tyre
hotel (T.C. kimlik), an Athens municipality's residents' parking cards in Greek script (ΑΦΜ, ΑΜΚΑ) and a Nagoya
motorcycle club's roster in Japanese, in English, Italian, Polish, Czech, Turkish, Greek and Japanese; plates, VINs
with their check character, IMEIs, ABN, BN, GSTIN, UEN, partita IVA, NIP, IČO, VKN and company ΑΦΜ with their check
digits, Singapore plates' check letters, coordinates and hashes as decoys; written blind),
``--set v68`` scores :mod:`benchmarks.classification.heldout_v68`
(15 tables of utilities and telecom, one organisation per table, seven of them legacy, AS/400, mainframe and flat-file
extracts with prefixed SCREAMING names, padded CHAR values, dates as ``YYYYMMDD``, ``CYYMMDD`` and Julian numbers, and
phones, SSNs and BSNs kept as numbers with 0 for missing: a Houston electricity retailer's customer master with ESI
IDs, a central-Ohio gas distributor's meter readers' route book (key holders, access notes), a Minnesota carrier's
number port-out log, a Kingston (Jamaica) prepaid top-up log (a card kept in clear, TRN), a Johannesburg operator's
RICA subscriber register (South African ID numbers), a Gelderland water board's tax assessments (BSN, voorletters,
tussenvoegsel) and a Lyon collection agency's unpaid energy bills; and modern ones: a Midlands smart-meter
installer's appointments (MPAN cores, vulnerability notes), a Brisbane operator's SIM swaps (driver licences,
passports), a Tampa cable installer's work orders (``cust_fnm``, ``ctc_ph``, ``addr_ln1``, ``src_crm_col17``,
``misc_2``), an Ottawa distributor's outage callbacks (``Notes2``), a Hohenlohe district-heating co-operative's
members (Steuer-ID, IBAN, ``feld2``), Castile and León social-tariff applications (DNI, NIE, household JSON), a
Portuguese fibre operator's availability enquiries (NIF, ``codigo``) and a Dalarna trader's solar feed-in contracts
(personnummer), in English, German, Dutch, French, Spanish, Portuguese and Swedish; ESI IDs, MPANs, CUPS, EAN and
GSRN codes, PDLs, meters, ICCIDs, IMEIs, routing numbers, ABN, BN, SIREN, TVA, btw, USt-IdNr, CIF, NIPC and orgnr
with their check digits as decoys; written blind),
``--set v69`` scores :mod:`benchmarks.classification.heldout_v69`
(15 tables of education, one organisation per table: a central-Ohio college's commencement guest tickets (guests in
one cell, ``misc_2``), a Stockport sixth-form college's exam entries (UPN, ULN, ``ATTR7``), a Mississauga school
photographer's picture-day orders (``Notes2``), a Hunter Valley schools office's teacher vetting (WWCC, TFN,
``udf_03``), a Dublin Gaelscoil's junior infants applications (PPSN, Eircode, ``addr_ln1``), a Gqeberha university's
applicants (South African ID numbers, ``src_crm_col17``), a Pune tutoring marketplace's bookings (PAN, UPI handles,
``misc_1``), a Nakuru lender's education loans (KRA PIN, ``Attr7``), a Breisgau Volkshochschule's evening classes
(IBAN, ``feld2``), an Ille-et-Vilaine commune's canteen payments (``champLibre2``), an Aragonese university's
study grants (DNI, NIE, household JSON), a Brescia-area nursery waiting list (codici fiscali, ``code``), a Tilburg-area
pupil transport (BSN, onderwijsnummer), a Poznań counselling centre's special-needs plans (PESEL) and a Kazan
language school (SNILS, INN), in English, German, French, Spanish, Italian, Dutch, Polish and Russian; BN, ABN,
GSTIN, SIRET, CIF, partita IVA, BRIN, btw, REGON, NIP, INN and OGRN with their check digits as decoys; written
blind),
``--set v70`` scores :mod:`benchmarks.classification.heldout_v70`
(15 tables of recruitment and workforce services, one organisation per table: a Pittsburgh medical centre's
applicant-tracking candidates (``cand_fnm``, ``ctc_ph``, ``addr_ln1``, a mixed ``src_crm_col17``, ``udf_03``), an
Overland Park background-screening vendor's order subjects (SSN with placeholders, driving licences, aliases), a
Sheffield temp agency's shift assignments (National Insurance numbers, ``notes2``, ``ATTR7``), a Winnipeg payroll
bureau's employee master (SIN, bank accounts), a Denver consultancy's timesheet lines with approvers, a Perth
mining-services firm's expense claims (a corporate card in clear, attendees), a Cleveland occupational-health clinic's
visits (CDL numbers, ``misc_1``), a Cambridge biotech's visa sponsorship tracker (passports, A-numbers under
``Code``), a Belo Horizonte delivery platform's couriers (CPF, CNH, Pix keys), an Istanbul consultancy's reference
checks (T.C. kimlik), a Fukuoka onboarding checklist in Japanese (My Number, pension numbers, kana), a northern Swedish
union branch's dues (personnummer), a Jutland pension enrolment file (CPR), a Plzeň canteen card system (rodné číslo)
and an Athens supermarket chain's exit interviews in Greek script (ΑΜΚΑ, ΑΦΜ), in English, Portuguese, Turkish,
Japanese, Swedish, Danish, Czech and Greek; EIN, BN, ABN, CNPJ, IMEI, VKN, corporate numbers, orgnr, CVR, IČO and
company ΑΦΜ with their check digits, hashes, share codes and site coordinates as decoys; written blind),
``--set v71`` scores :mod:`benchmarks.classification.heldout_v71`
(15 tables of public-sector legacy systems, one organisation per table, eight of them legacy AS/400, COBOL, SAP and
fixed-width extracts with prefixed or truncated SCREAMING names, padded CHAR values, dates as ``YYYYMMDD``,
``CYYMMDD``, ``YYDDD`` and ``YYYYDDD`` numbers, and SSNs, phones and postal codes kept as numbers with 0 or blanks for
missing: a West Virginia tax department's taxpayer master, a Louisiana parish clerk of court's civil case parties, a
Clare social-welfare payment run (PPSN, IBAN), a central Texas school district's student extract, a Viborg
municipality's CPR population extract, a Westphalian Versorgungswerk's member master (Rentenversicherungsnummer,
Steuer-ID), a Valencian municipality's vehicle-tax roll (DNI, NIE) and a Mâconnais waste-fee billing file; and modern
ones: a Montana library consortium's patrons (``User2``), a Canterbury council's building consents, a Toronto
housing provider's rent ledger (SIN, ``notes2``, ``src_crm_col17``), a Fermanagh and Omagh dog-licence register
(``misc_2``), a Veneto town's parking fines (codice fiscale, ``codice``), a Polish gmina's voter roll (PESEL) and a
Drenthe land registry owner extract (BSN), in English, Danish, German, Spanish, French, Italian, Polish and Dutch;
routing numbers, library barcodes, NZBN, CIF, SIREN and RSIN with their check digits, plates, VINs, microchips,
hashes and coordinates as decoys; written blind),
``--set v72`` scores :mod:`benchmarks.classification.heldout_v72`
(15 tables of gambling, lottery, betting and casino operators, one organisation per table: a Leeds online casino's
player accounts (GAMSTOP checks), a Tunica riverboat casino's AS/400 slot-jackpot W-2G file (SSN and ZIP as numbers,
``JKUDF1``), a Newcastle NSW club group's self-exclusion register (``User2``), an Irish lottery operator's COBOL
retailer commission file (PPSN, shops' VAT numbers), a Hamilton bingo hall's prize payouts (``notes2``), a Nairobi
sportsbook's M-Pesa deposits (``misc_2``), a Malta-licensed casino's source-of-wealth reviews (IBAN,
``src_crm_col17``), a Pennsylvania sportsbook's geolocation checks, a Hessian lottery company's SAP retailer master
(Steuer-ID, ``ZZFELD2``), a Normandy casino's entrance controls, a Madrid bookmaker's RGIAJ checks (DNI, NIE), an
Apulian concessionaire's gaming accounts (codice fiscale, ``code``), a Swedish harness-racing company's Spelpaus
checks (personnummer), a Thessaloniki betting agency's player cards in Greek script (ΑΜΚΑ, ΑΦΜ) and a Japanese
boat-race betting club's members, in English, German, French, Spanish, Italian, Swedish, Greek and Japanese; VAT
numbers, partita IVA, orgnr and EAN-13 card barcodes with their check digits, card serials failing Luhn, hashes,
versions and device coordinates as decoys; written blind),
``--set v73`` scores :mod:`benchmarks.classification.heldout_v73`
(15 tables of laboratories, pharmacies, clinical research and diagnostics, one organisation per table, three of them
legacy AS/400, SAP-style and fixed-width extracts with prefixed SCREAMING names, padded CHAR values, dates as
``CYYMMDD`` and ``YYYYMMDD`` numbers or text, and SSNs, phones and postal codes kept as numbers with 0 for missing: a
north-west Ohio outreach lab's specimen-receipt file, a Freiburg hospital lab's SAP order extract (KVNR) and a Bari
pharmacy's service bookings (codice fiscale); and modern ones: a Greater Manchester biobank's consents (NHS numbers,
``notes2``), an eastern Ontario pharmacy's fills (health numbers, ``Custom1``), a Houston research site's stipends
(SSN, prepaid cards, ``src_crm_col17``), a Queensland radiology RIS worklist with DICOM names (Medicare, ``User2``), a
Dublin histopathology case register (PPSN, ``misc_2``), Cape Town home phlebotomy (South African ID numbers,
``extra_1``), a Bengaluru diagnostics app (Aadhaar, ABHA under ``code``), a Lille biology lab (NIR, ``champLibre1``),
a Madrid trials unit (DNI, NIE, NSS, IBAN, ``campo_libre_2``), a Utrecht blood-draw service (BSN, ``vrij_veld_2``), an
Osaka dispensing pharmacy in Japanese (``予備2``) and a Novosibirsk lab in Cyrillic (SNILS, INN, ``доп_поле_1``), in
English, German, Italian, French, Spanish, Dutch, Japanese and Russian; NPI, RPPS, SNOMED CT, EAN-13 and JAN codes,
AIC, SIRET, partita IVA, GSTIN, OGRN and corporate numbers with their check digits, and order numbers failing the
BSN, SNILS, South African ID and NIR checks as decoys; written blind),
``--set v74`` scores :mod:`benchmarks.classification.heldout_v74`
(15 tables of accounting, bookkeeping, tax-preparation and payroll bureaus serving small businesses and households,
one organisation per table, four of them legacy fixed-width, AS/400 and COBOL extracts with padded values, dates as
``YYYYMMDD`` numbers and phones and postal codes kept as numbers: an Elk Grove tax preparer's returns (SSN, spouse,
dependants, a fee card in clear), a Brandon bookkeeper's 1099-NEC FIRE payee records, an Aberdeen practice's
self-assessment clients (National Insurance number, UTR, ``SCUDF1``), a Limerick tax agent's Form 11 clients (PPSN,
Eircode, ``MISC_2``), a Brisbane bookkeeper's STP pay events (TFN), a Dunedin accountancy's AML due diligence (IRD,
passports, trust beneficiaries), a Durban practitioner's eFiling register (SA ID, ``src_crm_col17``), a Pune CA firm's
ITR clients (PAN, Aadhaar, ``code``), a Leipzig Lohnbüro (Rentenversicherungsnummer, Steuer-ID), a Nantes payroll
cabinet (NIR), a Murcia gestoría's renta file (DNI, NIE), a Bari CAF's 730 file (codice fiscale), Groningen ZZP
clients (BSN), Lublin sole proprietors (PESEL, identity cards) and a Sendai year-end adjustment (My Number), in
English, German, French, Spanish, Italian, Dutch, Polish and Japanese; routing numbers, VAT numbers, ABN, NZBN, GSTIN,
SIRET, CIF, cadastral references, partite IVA, NIP, REGON and corporate numbers with their check digits, EINs, PTINs
and receipt numbers as decoys; written blind),
``--set v75`` scores :mod:`benchmarks.classification.heldout_v75`
(15 tables of fitness, gyms, sports clubs and leisure centres, one organisation per table, four of them legacy
AS/400, fixed-width, SAP-style and COBOL extracts with padded values, dates as ``YYYYMMDD`` numbers or ``DATS`` text
and phones, SSNs and postal codes kept as numbers with 0 for missing: a Worthington racquet club's member master
(SSN, a card in clear, ``MMUDF1``), a Randburg health club's debit-order file (South African ID numbers, bank
accounts), a Munich studio chain's SAP members (IBAN, ``ZZFELD2``) and a Valencian handball federation's licences
(DNI, NIE, tutors); and modern ones: a Leeds swimming club's juniors (``misc_2``), a Melbourne gym chain's door
events, an Ottawa community association's programs (``Udf2``), a Boulder coaching platform (``src_crm_col17``), a
Christchurch race's entries, a Bengaluru cricket academy (Aadhaar, PAN, ``code``), a Lyon climbing club
(``champLibre2``), a Bologna gym (codice fiscale, IBAN, ``campo_libero_2``), a Kraków football academy (PESEL,
``poleDod2``), a Saitama swimming school in Japanese (``予備2``) and a Yekaterinburg hockey school in Cyrillic (SNILS,
INN, ``доп_поле_2``), in English, German, French, Spanish, Italian, Polish, Japanese and Russian; SIRET, CIF,
partita IVA, NIP, INN and corporate numbers with their check digits, and licence, mandate and UPI references failing
the DNI, PESEL, South African ID and Aadhaar checks as decoys; written blind),
``--set v76`` scores :mod:`benchmarks.classification.heldout_v76`
(15 tables of private allied-health practices (dental, orthodontic, optical, physiotherapy, podiatry and hearing-aid
practices: appointments, recalls, treatment plans and contracts, insurance and scheme claims), one organisation per
table, four of them legacy AS/400, SAP-style, fixed-width and COBOL extracts with padded values, dates as ``CYYMMDD``
and ``YYYYMMDD`` numbers or ``DATS`` text, and an SSN, phones and postal codes kept as numbers: a Salem dental
group's claim file (SSN, ``DCUDF1``), a Hamburg optician chain's SAP customer master (KVNR, ``ZZFELD2``), a Lyon
physiotherapist's billing file (NIR) and a Padova hearing-aid centre's supplies (codice fiscale, ``CAMPO-LIBERO-2``);
and modern ones: a San Antonio orthodontist's contracts (SSN placeholders, a card in clear), a Cobh dental practice's
Treatment Benefit claims (PPSN, Eircode, ``misc_2``), a Kraków dental surgery (PESEL, ``pole_dod_2``), a Yorkshire
opticians' sight tests (NHS numbers, ``notes2``), a Pretoria optometrist's orders (SA ID numbers, ``USER2``), an
Adelaide allied-health group (Medicare, ``Custom1``), Christchurch ACC physiotherapy claims (NHI,
``src_crm_col17``), a Patras physiotherapy centre in Greek script (ΑΜΚΑ, ΑΦΜ, ``πεδίο_2``), Ottawa ADP hearing-aid
claims (Ontario health numbers), an Eindhoven audicien (BSN, ``vrij_veld_2``) and a Seville podiatry clinic (DNI,
NIE, ``campoLibre2``), in English, Polish, German, French, Greek, Italian, Dutch and Spanish; NPI, ABA, RPPS,
EAN-13, VAT numbers, ABN, SIRET, partita IVA, NIP and ΑΦΜ with their check digits, and invoice and order numbers
failing the PESEL, SA ID and BSN checks as decoys; written blind),
``--set v77`` scores :mod:`benchmarks.classification.heldout_v77`
(15 tables of airlines, airports, ground handling and border and immigration systems, one organisation per table,
three of them legacy fixed-width, AS/400 and COBOL extracts with padded values, dates as ``YYYYMMDD`` numbers and
phones and postal codes kept as numbers, and an SAP-style table: a Billings regional airline's check-in records
(passports of cross-border passengers, ``notes2``), a Manchester handler's lost-baggage files, a Calgary charter
airline's crew (SIN), a Wellington travel-authority processor's applications (passports of seven countries,
``User2``), a Hyderabad carrier's frequent flyers (PAN, ``misc_2``), a Johannesburg handler's airside permits (South
African ID numbers, ``APUDF1``), a Chicago airport's assistance requests (``src_crm_col17``), a Nairobi handler's
advance passenger information, a Leipzig handler's background checks in SAP (identity card numbers, ``ZZFELD2``), a
Lyon handler's unaccompanied minors (``champLibre2``), a Bogotá visa centre's Schengen applications (cédulas, hosts'
DNI and NIE, ``campo_libre_2``), a Bari carrier's EU261 claims (codice fiscale, IBAN, ``code``), an Eindhoven valet
service (a card in clear, ``VrijVeld2``), an Antalya handler's staff (T.C. kimlik no, IBAN, ``OZEL_ALAN_2``) and an
Okinawa island airline's bookings in Japanese (``予備2``), in English, German, French, Spanish, Italian, Dutch, Turkish
and Japanese; PNRs, e-tickets with their mod-7 check digit, bag tags, business numbers, GSTIN, CIF, partite IVA, btw
and VKN with their check digits, and employee, permit, booking and register numbers failing the SIN, South African
ID, BSN and T.C. kimlik checks as decoys; written blind),
``--set v78`` scores :mod:`benchmarks.classification.heldout_v78`
(15 tables of elections, polling stations, voter registration and political campaigns, one organisation per table,
three of them legacy AS/400, SAP-style and COBOL fixed-width extracts with padded values, dates as ``YYYYMMDD`` numbers
or ``DATS`` text and phones, ZIP codes and postcodes kept as numbers: a Warren County clerk's voter registration
master (Kentucky licences, ``VRUDF1``), a Regensburg election office's poll workers in SAP (Steuer-ID, IBAN,
``ZZFELD2``) and a Zaragoza draw of polling-station members (DNI, NIE, ``CAMPO-LIBRE-2``); and modern ones: a
Lancaster County canvassing app (``notes2``), a Pueblo campaign's online donations (a card in clear, IPs,
``customField2``), East Sussex postal and proxy vote applications (National Insurance numbers, ``misc_2``), Nova
Scotia poll workers (SIN, bank accounts, ``attr2``), Townsville polling-day volunteers (``Custom2``), a Galway
constituency office's casework (PPSN, Eircodes, ``src_crm_col17``), a Nelson Mandela Bay party membership audit (South
African ID numbers, ``User2``), a Clermont-Ferrand proxy register (``champLibre2``), Turin referendum signatures
(codice fiscale under ``code``, SPID IPs), a Zwolle local party's members (IBAN, ``vrij_veld_2``), a Thessaloniki
candidate's supporters in Greek script (ΑΦΜ, ``πεδίο_2``) and Olomouc voter passes (rodné číslo, ``volne_pole_2``), in
English, German, French, Spanish, Italian, Dutch, Greek and Czech; party, precinct and ward codes, business numbers,
ABN, USt-IdNr., SIREN, CIF, partita IVA, ΑΦΜ, DIČ and EAN-13 with their check digits, and membership and voter pass
numbers failing the South African ID, BSN and rodné číslo checks as decoys; written blind),
``--set v79`` scores :mod:`benchmarks.classification.heldout_v79`
(15 tables of merchant shipping, seafarers, ports and marinas, one organisation per table, three of them legacy
AS/400, COBOL and SAP-style extracts with padded values, dates as ``YYYYMMDD`` numbers or ``DATS`` text and an SIN,
phones and ZIP codes kept as numbers: a Mobile container terminal's gate file (CDL numbers, ``TWUDF1``), a St.
Catharines Great Lakes carrier's crew pay master (SIN, ``CPM-USER-FLD-2``) and a Leer shipping company's seafarers in
SAP (Steuer-ID, Seefahrtbuch, IBAN, ``ZZFELD2``); and modern ones: an Iloilo manning agency's crew line-up (SSS
placeholders, SIRB, ``misc_2``), a Mumbai ship manager's certificates (CDC, PAN, Aadhaar, INDoS, ``src_crm_col17``),
a Hampshire marina's berth contracts (a card in clear, ``Notes2``), a Fremantle agent's crew changes (passports of
five countries, ``User2``), a Singapore ship manager's wage allotments (NRIC and FIN in ``code``, Ukrainian IBANs),
a Cork port-community system's vessel calls (a crew list as JSON, ``custom_2``), a Piraeus shipowner's crew register
in Greek script (ΑΜΚΑ, ΑΦΜ, ``πεδίο_1``), a Gdynia training centre's certificates (PESEL, ``poleDod2``), a Lemmer
marina's berth contracts (IBAN, ``extra_2``), an Esbjerg crew-transfer operator's manifests (CPR, ``Felt1``), a
Santos agency's crew changes (CPF, ``campo_livre_2``) and a Varna crewing agency's seafarers in Cyrillic (ЕГН,
``поле_2``), in English, Greek, Polish, German, Dutch, Danish, Portuguese and Bulgarian; IMO numbers, ISO 6346
container numbers, UEN, BN, ΑΦΜ, NIP, CVR, btw and CNPJ of businesses with their check digits, and pay, order,
request and contract numbers failing the SIN, PESEL, CPF and ЕГН checks as decoys; written blind),
``--set v80`` scores :mod:`benchmarks.classification.heldout_v80`
(15 tables of beauty, wellness and personal services (hair and nail salons, a barbershop, a salon-suite operator, a
day spa, a thalassotherapy centre, cosmetic and aesthetic institutes, a massage therapy clinic, tattoo and piercing
studios, an Ayurveda wellness chain), one organisation per table, three of them legacy AS/400, SAP-style and COBOL
extracts with padded values, dates as ``YYYYMMDD`` and ``CYYMMDD`` numbers or ``DATS`` text, and phones and postal
codes kept as numbers: a Minneapolis salon chain's client master (a card in clear, ``CMUDF1``), a Cologne cosmetic
institutes' SAP customers (IBAN, ``ZZFELD2``) and a Naples beauty-centre chain's loyalty cards (codice fiscale,
``CAMPO-LIBERO-2``); and modern ones: an Austin salon-suite operator's booth renters (SSN placeholders, ACH accounts,
``misc_2``), a Glasgow tattoo studio's consent forms (passports and driving licences, ``User2``), a Sydney day spa's
intake (``udf_03``), a Johannesburg barbershop's walk-in queue (South African ID numbers, ``code``), a Hamilton
massage therapy clinic's SOAP records, a Dublin piercing studio with minors and guardians (``code``), a Mumbai
wellness chain's CRM staging (PAN, ``src_crm_col17``), a Biarritz thalassotherapy centre (NIR, ``champLibre2``), a
Zaragoza hair salon (DNI, NIE, IBAN, ``campo_libre_2``), a Utrecht nail studio (``vrij_veld_2``), a Tokyo hair salon
in Japanese (``予備2``) and a Gdańsk aesthetic clinic (PESEL, ``poleDod2``), in English, German, French, Spanish,
Italian, Dutch, Japanese and Polish; ABA, VAT numbers, ABN, BN, GSTIN, RPPS, SIRET, CIF, partita IVA, NIP, a
corporate number and gift vouchers with their check digits, and pack and invoice numbers failing the DNI and PESEL
checks as decoys; written blind),
``--set v81`` scores :mod:`benchmarks.classification.heldout_v81`
(15 tables of energy and water utilities (electricity, gas, district heating and water suppliers: meter readings,
smart-meter and prepayment accounts, social and hardship tariffs, field engineers' visits, debt collection for
arrears), one organisation per table, three of them legacy AS/400, COBOL and SAP-style extracts with padded values,
dates as ``CYYMMDD`` and ``YYYYMMDD`` numbers or ``DATS`` text, and SSNs, phones and ZIP codes kept as numbers with 0
for missing: a Wayne County (Ohio) public power and water utility's customer master (Ohio driver licenses,
``UCUDF1``), a Texas Hill Country water supply corporation's member billing file (SSN placeholders, ``USER-FLD-2``)
and a Saxony-Anhalt Stadtwerke's disconnection orders in SAP IS-U (IBAN, ``ZZFELD2``); and modern ones: a Welsh
water company's social tariff applications (National Insurance numbers, bank accounts, ``misc_2``), a Belfast debt
collection agency's energy arrears (a card in clear, ``CODE``), a Brisbane retailer's hardship arrangements (Centrelink
CRNs, ``udf03``), a British Columbia gas utility's field service orders (Personal Health Numbers, ``User2``), a
Kenyan mini-grid's prepaid customers in a CRM staging table (KRA PINs, ``src_crm_col17``), a Tarlac electric
cooperative's senior-citizen discounts (SSS and TIN, ``custom_2``), a Gävleborg district-heating company's contracts
(personnummer, ``fritt_falt_2``), a Djursland waterworks' meter self-readings (CPR, ``FritFelt2``), a Plzeň
supplier's arrears recovery (rodné číslo, Czech accounts, ``volnePole2``), a Bursa gas distributor's prepaid card
meters (T.C. kimlik no, IBAN, ``ozel_alan_2``), a Minho water company's social tariff (NIF, Cartão de Cidadão, NISS,
``campo_livre_2``) and an Athens supplier's social-tariff beneficiaries in Greek script (ΑΦΜ, ΑΜΚΑ, ``πεδίο_2``), in
English, Swedish, Danish, Czech, Turkish, Portuguese, Greek and German; NMIs, MPRNs, EANs, meters, prepayment cards,
tokens and receipts, and ABN, BN, orgnr, CVR, IČO, VKN, NIPC and USt-IdNr with their check digits as decoys, and
account, customer, contract and subscriber numbers failing the NHS number, personnummer, rodné číslo, T.C. kimlik
and ΑΦΜ checks; written blind),
``--set v82`` scores :mod:`benchmarks.classification.heldout_v82`
(15 tables of courts, probation, prisons, legal aid and bail, one organisation per table, three of them legacy
AS/400, COBOL and SAP-style extracts with padded values, dates as ``YYYYMMDD`` and ``CYYMMDD`` numbers or ``DATS``
text, and an SSN, a SIN, a PHIN, phones and ZIP codes kept as numbers with 0 for missing: a middle-Georgia county
jail's booking register (a deposit card in clear, an SSN-shaped warrant number, ``JIUDF1``), a Manitoba legal-aid
plan's applicant master (SIN, PHIN, ``LA-USER-FLD-2``) and a Dutch remand centre's admissions in SAP (BSN, ID
numbers, IBAN, ``ZZVELD2``); and modern ones: a Sacramento jury pool (driver licences, ``misc_2``), a West Yorkshire
Community Payback attendance list (National Insurance placeholders, NHS numbers, driving licences, ``User2``), a
Wellington victim-support trust's CRM staging (``src_crm_col01`` to ``src_crm_col18``, a bank account,
``src_crm_col17`` a phone, an e-mail or a name by row), a Lagos magistrates' court's bail sureties (NIN, NUBAN,
``udf_03``), a Tayside sheriff court's criminal roll (``CODE``), Singapore prison visit registrations (NRIC and FIN,
``Custom1``), an Ekaterinburg probation inspectorate in Cyrillic (SNILS, INN, passports, ``доп_поле_2``), a
Guadalajara surety company's bail bonds (CURP, RFC, NSS, CLABE, a card, ``campoLibre2``), a Campanian tribunale's
hearing docket (codice fiscale, PEC, IBAN, ``campo_libero_2`` by row a phone, an e-mail or a name), a Liège
legal-aid office (national register and eID numbers, IBAN, ``ChampLibre2``), an Osaka lay-judge candidate list in
romanized Japanese (My Number, era-calendar birth dates, ``yobi_2``) and a Wrocław remand prison's visitor log
(PESEL, ID cards, ``poleDod2``), in English, Russian, Spanish, Italian, French, Dutch, Japanese and Polish; UEN, OGRN,
company RFC, partita IVA, NIP and Belgian structured communications with their check digits, and warrant, folio,
file and case numbers failing the SSN, CURP, national register, BSN and PESEL checks as decoys; written blind),
``--set v83`` scores :mod:`benchmarks.classification.heldout_v83`
(15 tables of recruitment agencies, temporary staffing, job boards and background screening (candidates, placements,
timesheets, right-to-work checks, references, criminal-record and credit screening, interview panels), one
organisation per table, three of them legacy extracts with padded CHAR values: a Chicagoland staffing agency's AS/400
worker master (SSN, ZIP and phone as numbers with 0 for missing, the birth date as a ``CYYMMDD`` number, Illinois
driving licences, ``WMUDF2``), a Johannesburg screening bureau's COBOL request file (South African ID numbers, tax
numbers, cell numbers as MSISDN numbers, ``SR-USER-FLD-2``) and a Linz staffing provider's SAP table of leased
workers (SV-Nummer, IBAN, ``GBDAT`` as ``DATS``, ``ZZFELD2``); and modern ones: a Brooklyn job board's job seekers
(a card in clear, ``misc_2``), a London screening firm's DBS and credit orders (National Insurance numbers, ``User2``),
a Melbourne temp agency's timesheets (TFN, bank accounts, ``udf03``), a Toronto firm's interview panels (SIN at
offer, ``ATTR7``), a Dublin agency's right-to-work checks (PPSN, IBAN, ``code``), a Hyderabad IT-staffing CRM
staging table (PAN, Aadhaar, ``src_crm_col17`` a phone, an e-mail or a name by row), a São Paulo temp agency's
placements (CPF, PIS, RG, Pix keys, ``campo_livre_2``), an İzmir job board's applications (T.C. kimlik no,
``ozel_alan_2``), a Brno agency's criminal-record extract checks (rodné číslo, ``volne_pole_2``), a Gothenburg
staffing company's reference checks (personnummer, ``fritt_fält_2``), an Osaka haken agency's staff ledger in
Japanese (My Number, ``予備項目2``) and a Thessaloniki agency's interview panels in Greek (AMKA, ΑΦΜ, ``ελεύθερο_πεδίο_2``),
in English, Portuguese, Turkish, Czech, Swedish, German, Japanese and Greek; UK VAT numbers, ABN, BN, GSTIN, CNPJ,
VKN, IČO, orgnr, UID, a corporate number and a company ΑΦΜ with their check digits, and contract, job-ad, extract and
case numbers failing the CPF, T.C. kimlik, rodné číslo and personnummer checks as decoys; written blind),
``--set v84`` scores :mod:`benchmarks.classification.heldout_v84`
(15 tables of public transport and mobility (transit smart cards and concession passes, ride-hailing and taxi
drivers, bike and scooter share, parking permits and penalty notices, driving schools, car-sharing members), one
organisation per table, three of them legacy extracts with padded CHAR values: a Carmarthenshire council's
concessionary bus pass master in a COBOL copybook's layout (National Insurance numbers, the NHS number and the phone
as numbers with 0 for missing, the birth date as a ``YYYYMMDD`` number, ``CTP-USER-FLD-2``), a Broward County city's
AS/400 parking citation master (Florida driver licences, ZIP and phone as numbers, the birth date as a ``CYYMMDD``
number, ``PKUDF2``) and a Bernese transport company's SAP table of season-ticket holders (AHV number, IBAN, ``GBDAT``
as ``DATS``, ``ZZFELD2``); and modern ones: a Puget Sound transit agency's reduced-fare enrollments (SSN with
placeholders, Washington licences, ``misc_2``), Greater Manchester taxi driver licences (National Insurance numbers,
DVLA licence numbers, ``User2``), an Auckland car-sharing company's members (NZ bank accounts, a card in clear,
``udf03``), a Calgary parking authority's CRM staging table (``src_crm_col01`` to ``src_crm_col18``,
``src_crm_col17`` a phone, an e-mail or a name by row), an Accra ride-hailing company's drivers (Ghana Card, SSNIT,
GRA TIN, mobile money, ``code``), a Hong Kong driving school's learners (HKID, names in characters, ``USER_DEF_2``),
a Québec car-sharing co-operative (SIN with placeholders, ``champ_libre_2``), Buenos Aires remis drivers (DNI, CUIL,
CBU, ``campoLibre2`` by row a phone, an e-mail or a name), Ghent bike-share users (rijksregisternummer, eID, IBAN,
``VrijVeld2``), Aarhus resident parking permits (CPR, ``frit_felt_2``), Lviv concession travel cards in Cyrillic
(РНОКПП, passports, ``дод_поле_2``) and a Fukuoka taxi crew register in romanized Japanese (My Number, the basic
pension number, ``yobi_komoku_2``), in English, German, French, Spanish, Dutch, Danish, Ukrainian and Japanese; UK
VAT numbers, BN, company TINs, UID, CUIT, Belgian enterprise numbers and structured references, CVR, ЄДРПОУ and a
corporate number with their check digits, and case, receipt, Abo, file and contract numbers failing the SSN, HKID,
AHV, CUIL, rijksregisternummer, CPR and РНОКПП checks as decoys; written blind),
``--set v85`` scores :mod:`benchmarks.classification.heldout_v85`
(15 tables of telecommunications (mobile subscriptions and SIM registration, number porting, roaming, call detail
records, fixed broadband installations, prepaid top-ups, handset financing, customer-care tickets), one organisation
per table, three of them legacy extracts with padded CHAR values: a central Pennsylvania rural telephone company's
AS/400 fibre installation orders (SSN, ZIP and phones as numbers with 0 for missing, the birth date as a ``CYYMMDD``
number, Pennsylvania driving licences, ``FOUDF2``), a Klang Valley operator's prepaid SIM registrations in a COBOL
copybook's layout (MyKad numbers, MSISDNs and postcodes as numbers, ``PP-USER-FLD-2``) and an Ostrava operator's SAP
table of handset instalments (rodné číslo, IBAN, ``GBDAT`` as ``DATS``, ``ZZPOLE2``); and modern ones: a Leeds
MVNO's care tickets (``misc_2``), a Perth hills broadband retailer's installations (bank accounts, ``udf03``), a
Halifax carrier's device financing (SIN placeholders, a card in clear, ``User2``), a Kampala operator's CRM staging
table (``src_crm_col01`` to ``src_crm_col18``, NINs, ``src_crm_col17`` a phone, an e-mail or a name by row), a Dublin
MVNO's port-in requests (PPSN, IBAN, ``CODE``), a Tucson carrier's roaming CDRs (``attr_7``), a Turin MVNO's
contracts (codice fiscale, IBAN, ``campo_libero_2``), a Recife top-up aggregator (CPF, a card, ``campoLivre2``), a
Gdańsk MVNO's porting requests (PESEL, ID cards, ``pole_dodatkowe_2``), an Umeå municipal fibre network's orders
(personnummer, ``fritt_falt_2``), an Istanbul operator's roaming packages (T.C. kimlik no, ``ozelAlan2`` by row a
phone, an e-mail or a name) and a Sendai MVNO's care inquiries in Japanese (``自由項目2``), in English, Italian,
Portuguese, Polish, Swedish, Czech, Turkish and Japanese; IMEIs, ICCIDs, UK VAT, ABN, BN, Irish VAT, partita IVA,
CNPJ, NIP, orgnr, IČO, VKN and corporate numbers with their check digits, and order, reference, NSU and case numbers
failing the SSN, PPSN, CPF, PESEL, personnummer and T.C. kimlik checks as decoys; written blind),
``--set v86`` scores :mod:`benchmarks.classification.heldout_v86`
(15 tables of real estate and property (estate and letting agents, tenant referencing, mortgage brokers, land
registry extracts, short-term rentals and their guests, property management and service charges, viewings), one
organisation per table, three of them legacy extracts with padded CHAR values: a Worcester property manager's AS/400
tenant master (SSN, ZIP and phones as numbers with 0 for missing, ``CYYMMDD`` dates, Massachusetts driving licences,
lease numbers shaped like an SSN failing its check, ``TMUDF2``), a Kandy land developer's COBOL file of block buyers
on instalments (NIC numbers encoding the birth date, the birth date as a ``YYYYMMDD`` number, mobiles as MSISDN
numbers, ``BB-USER-FLD-2``) and a Leipzig housing co-operative's SAP-style tenant table (Steuer-ID, IBAN, ``KOINH``,
``GBDAT`` as ``DATS``, ``ZZFELD2``); and modern ones: a Summit County short-term rental manager's reservations
(Airbnb relay e-mails, a deposit card in clear, driving licences, ``misc_2``), a Bristol tenant-referencing service
(National Insurance numbers with some ``QQ123456C``, bank accounts, ``User2``), a Hobart agency's open-home register
(ABN, ``udf03``), a Saskatoon mortgage broker's CRM staging table (``src_crm_col01`` to ``src_crm_col18``, SIN,
``src_crm_col17`` a phone, an e-mail or a name by row), a Lusaka property manager's service-charge ledger (NRC
numbers, ``USER_FIELD_2``), a Cork auctioneer's bidder registrations (PPSN, IBAN, Eircodes, ``code``), a Lille
letting agency's tenant applications (numéro fiscal, SIRET, ``champ_libre_2``), a Santiago broker's leases (RUT,
folios failing the RUT check, ``CampoLibre2``), a Chania short-term rental manager's owners in Greek (AMKA, ΑΦΜ,
register numbers failing the AMKA check, ``πρόσθετο_πεδίο_2``), a Novosibirsk agency's EGRN extracts in Cyrillic
(SNILS, INN, passports, cadastral numbers, ``доп_поле_2``), a Lisbon condominium administrator's quotas (NIF, Cartão
de Cidadão, ``campoLivre2``) and a Kraków agency's brokerage agreements (PESEL, ID cards, land-register numbers with
their check digit, ``pole_dodatkowe_2`` a phone, an e-mail or a name by row), in English, German, French, Spanish,
Greek, Russian, Portuguese and Polish; UK VAT numbers, ABN, Irish VAT numbers, SIRET, company RUT and ΑΦΜ, a bank's
INN, condominium NIFs and NIP with their check digits as decoys; written blind),
``--set v87`` scores :mod:`benchmarks.classification.heldout_v87`
(15 tables of hospitality workforce and events (hotel and resort staff rosters, banqueting staff and catering event
guests, conference delegates and badges, festival volunteers and cashless wristbands, ski schools and instructors,
cruise-ship crew and passengers), one organisation per table, eight with English column names (Nevada, Edinburgh,
Queenstown, Quebec City, Mauritius, Galway, Hawaii and Singapore) and seven in German (Austria), French, Italian,
Spanish, Dutch, Swedish and Japanese (kanji and katakana); three legacy extracts with padded CHAR values: a Las Vegas
resort's AS/400 staff master (SSN, ZIP and phone as numbers with 0 for missing, ``CYYMMDD`` birth dates, ``SRUDF2``),
an Edinburgh festival's COBOL volunteer file (NINO, CHI numbers, ``YYYYMMDD`` numbers, ``VOL-USER-FLD-2``) and an
Austrian ski school's SAP-style instructor table (SVNr, IBAN, ``GBDAT`` as ``DATS``, ``ZZFELD2``); a Honolulu staging
table (``src_crm_col01`` to ``src_crm_col18``, ``src_crm_col17`` and the French ``champ_libre_2`` a phone, an e-mail
or a name by row) and opaque fields in every table (``misc_2``, ``User2``, ``Udf03``, ``code``, ``USER_FIELD_2``,
``campo_libero_2``, ``campoLibre2``, ``vrij_veld_2``, ``fritt_falt_2``, ``自由項目2``); IRD, SIN, NIC, PPSN, NRIC,
NIR, codice fiscale, DNI/NIE, BSN, personnummer and My Number; UID, GST, BN, Irish VAT, UEN, SIRET, partita IVA, CIF,
BTW, orgnr and corporate numbers with their check digits, and folio, dossier, locator, order and booking numbers
failing the SSN, NIR, DNI, BSN and NRIC checks as decoys; written blind),
``--set v88`` scores :mod:`benchmarks.classification.heldout_v88`
(15 tables of local government and citizen services (council tax and rates, waste collection, library and leisure
cards, social housing applications and queues, school and kindergarten admissions, dog licences and fees, complaints
and FOI requests), one organisation per table, three of them legacy extracts with padded CHAR values: a Virginia
county's AS/400 personal-property-tax master (``PP`` prefix, SSN with ``000-00-0000``, ``CYYMMDD`` birth dates, ZIP
and phone as numbers with 0 for missing, a card number in clear, ``PPUSR2``), a South Australian council's SAP-style
rates partners (``GBDAT`` as ``DATS``, ``STRAS``, ``PSTLZ``, a concession number, ``ZZFELD2``) and an Oregon
county's COBOL dog-licence file (``OWNER-DOB`` as ``YYYYMMDD``, driving licences with ``XXXXXXXXX``,
``USER-FIELD-2``); and modern ones: a Kent council's CRM staging table (``src_crm_col01`` to ``src_crm_col18``,
National Insurance numbers, ``src_crm_col17`` a phone, an e-mail or a name by row), a New Brunswick library's patrons
(Medicare numbers, ``userDefined1``), a Botswana housing register (Omang, ``Custom1``), Northern Ireland school
admissions (Health and Care numbers, ``misc_2``), a Philippine eFOI register (PhilSys and SSS numbers,
``CUSTOM_FIELD_2``), a Danish waste-collection register (CPR, ``fritekst_2``), a Czech dog-fee register (rodné
číslo, variable symbols failing its check, ``volne_pole_2``), Polish public-information requests (PESEL,
``poleDodatkowe2``), a Portuguese library's readers (NIF, Cartão de Cidadão, IBAN, ``CampoLivre2``), Turkish
complaints (T.C. kimlik no, IBAN, ``ozel_alan_2``), Greek kindergarten applications (AMKA, ΑΦΜ,
``ελεύθερο_πεδίο_2``) and a Russian housing queue (SNILS, INN, passports, ``доп_поле_2``), in English, Danish,
Czech, Polish, Portuguese, Turkish, Greek and Russian; ABN, BN, CVR, IČO, NIP, VKN and company INN with their check
digits, branch phones, case and tracking numbers, hashes and join keys as decoys; written blind),
``--set v89`` scores
:mod:`benchmarks.classification.heldout_v89` (15 tables of financial services back offices (pension funds and
annuities, credit unions, pawnbrokers and microfinance, crypto exchange KYC, insurance brokers, debt advice charities,
payroll cards), one organisation per table, eight with English column names and seven in German, French, Spanish,
Italian, Portuguese, Polish and romanized Japanese; three legacy extracts with padded CHAR values: a Winnipeg broker's
AS/400 policyholder file (``PH`` prefix, SIN and phones as numbers with 0 for missing, ``CYYMMDD`` dates,
``PHUDF2``), a Greensboro payroll-card COBOL extract (hyphenated names, SSN and ZIP as numbers, ``YYYYMMDD`` dates,
cards in clear, ``CH-USER-FLD-2``) and a Bielefeld pension fund's SAP-style table (``GBDAT`` as ``DATS``, Steuer-ID,
``KOINH``, ``ZZFELD2``); a Karachi pawnbroker's staging table ``src_crm_col01`` to ``src_crm_col18`` (CNIC);
opaque fields (``misc_2``, ``userField2``, ``Udf03``, ``CUSTOM_FIELD_2``, ``champLibre2``, ``campo_libre_2``,
``CampoLibero2``, ``CAMPO_LIVRE_2``, ``pole_dodatkowe_2``, ``jiyuu_koumoku_2``), three of them a phone, an e-mail or a
name by row; SSN, NINO, TFN, BVN, PPSN, AVS, cédula, NIT, codice fiscale, CPF, PESEL and My Number; ABN, Irish VAT,
UID, NIT, partita IVA, CNPJ, NIP and corporate numbers with their check digits, and contract, receipt and NSU
numbers failing the Steuer-ID, CNIC, CPF and PESEL checks as decoys; written blind),
``--set v90`` scores
:mod:`benchmarks.classification.heldout_v90` (15 tables of the construction, engineering, manufacturing and mining
workforce (site inductions and CSCS-style cards, subcontractor registers, crane operators, lamp-room check-ins,
clocking, union dues, accident and near-miss reports, A1 posted-worker declarations, miners' medicals, safety
training, contractor accreditation, apprentices), one organisation per table, eight with English column names and
seven in German, Polish, Romanian, Turkish, Korean (Hangul), Spanish (Chile) and Swedish; three legacy extracts with
padded CHAR values: a Milwaukee foundry's AS/400 clocking master (``CK`` prefix, SSN, ZIP and phone as numbers with 0
for missing, ``CYYMMDD`` dates, ``CKUDF2``), a Pittsburgh union local's COBOL dues file (hyphenated names,
``YYYYMMDD`` dates, a dues card in clear, ``MB-USER-FLD-2``) and a Munich builder's SAP-style A1 table (``GBDAT`` as
``DATS``, PESEL or CNP, ``ZZFELD2``); a Queensland labour-hire staging table ``col01`` to ``col18`` (TFN, ``col17`` a
phone, an e-mail or a name by row); NINO, PPSN, SIN, SSN, TFN, South African ID, Aadhaar, PAN, PESEL, CNP, T.C.
kimlik no, Korean RRN, RUT and personnummer; UK and Irish VAT, BN, ABN, EIN, GSTIN, NIP, CUI, VKN, Korean business
numbers, company RUT and orgnr with their check digits, and card, referral, certificate and folio numbers failing the
SSN, PESEL, T.C. kimlik and RUT checks as decoys; written blind),
``--set v91`` scores
:mod:`benchmarks.classification.heldout_v91` (15 tables of military, veterans, defence contractors and security
clearance (reservists' call-ups, veterans' pension and benefit claims, military clinic and hospital appointments,
next-of-kin records, clearance applications and vetting referees, badge and facility-access logs, a cadet roster, a
war-graves register, defence housing allocations, military driving licences), one organisation per table, eight with
English column names and seven in romanized Hebrew, Norwegian, Finnish, Estonian, French, Greek and Portuguese; two
legacy extracts with padded CHAR values: a Texas veterans' claims COBOL extract (SSN, ZIP and phone as numbers,
``YYYYMMDD`` dates, ``CLM-USER-FLD-2``) and a Halifax contractor's AS/400 access file (``FA`` prefix, SIN and phones
as numbers with 0 for missing, ``CYYMMDD`` dates, ``FAUDF2``); a Virginia contractor's badge staging table ``col01``
to ``col18``; opaque fields, eight of them a phone, an e-mail or a name by row; service numbers as ``national_id``;
SSN, NINO, NHS, SIN, TFN, IRD, teudat zehut, fødselsnummer, henkilötunnus, isikukood, NIR, AMKA, AFM and CPF; EIN,
ABN, BN, company numbers, orgnr, Y-tunnus, registrikood and CNPJ with their check digits, and order, referral, claim,
call-up and process numbers failing the SSN, SIN, henkilötunnus and CPF checks as decoys; written blind),
``--set v92`` scores
:mod:`benchmarks.classification.heldout_v92` (15 tables of SaaS and IT operations data (an identity provider's
directory export, SSO audit logs, service-desk tickets, a CRM staging table ``col01`` to ``col18``, product-analytics
events with JSON-path names, a billing export, an API gateway's access log, a warehouse customer dimension with SCD2
columns, an SAP-style HR sync, an AS/400 hosting subscriber master, a French helpdesk, a Japanese support chat, a
Korean push-token registry, a Dutch bounce log and Brazilian subscriptions), one organisation per table, eight with
English column names and seven in German, Spanish, French, Japanese, Korean, Dutch and Portuguese; opaque fields
holding by row a phone, an e-mail or a name; Steuer-ID, CURP, RFC, IMSS, CPF and South African ID numbers; ABN, BN,
SIRET, BTW, CNPJ, corporate and business registration numbers as decoys, and folio, loyalty and order numbers failing
the CURP, ID-number and CPF checks; written blind),
``--set v93`` scores
:mod:`benchmarks.classification.heldout_v93` (15 tables of charities, fundraising, volunteering and grant-making
(donor CRMs with gift aid and direct debits, volunteer registers with PVG checks, small-grant applicants, a fun run's
participants and sponsors, a telephone fundraising call list, a hospice lottery's AS/400 file, a church's COBOL giving
extract, a crowdfunding staging table ``col01`` to ``col18``, a food bank's clients, legacy pledges, scholarship
applications, an Osaka NPO's volunteers and a mosque's giving records), one organisation per table, eight with English
column names and seven in German, Dutch, Spanish, Polish, romanized Japanese, Malay and Italian; opaque fields holding
by row a phone, an e-mail or a name; SSN, NINO, PPSN, Kenyan ID and KRA PIN, Steuer-ID, BSN, DNI, PESEL, My Number,
MyKad and codice fiscale; registered charity numbers, BN, ABN, EIN, CIF, NIP, KvK, corporate numbers and partita IVA
as decoys, and client, gift, application, receipt and order numbers failing the BSN, DNI, PESEL, MyKad and SSN checks;
written blind),
``--set v94`` scores
:mod:`benchmarks.classification.heldout_v94` (15 tables of North American healthcare revenue cycle and health
insurance (837-style claims, 835-style remittances, eligibility checks, an EHR's demographics export with HL7-like
names, prior authorizations, a PBM member file, a dental insurer's AS/400 subscriber and dependent file, a Québec
physician billing extract and group drug claims, hospital financial-assistance applications, a collections agency's
medical accounts, a workers' compensation COBOL extract, a telehealth intake and a Puerto Rico Medicare Advantage
plan's enrollments, plus a statement vendor's staging table ``col01`` to ``col18``), one organisation per table,
twelve with English column names and three in French and Spanish; SSNs, SINs, MBIs and RAMQ numbers; NPIs, EINs,
member ids, MRNs, group numbers and medical codes as ``none``; claim numbers failing the SSN check and legacy
provider ids failing the NPI check as decoys; written blind),
``--set v95`` scores
:mod:`benchmarks.classification.heldout_v95` (15 tables of gig economy, freelance marketplaces and creator
platforms, one organisation per table, eight with English column names and seven in German, Spanish, Portuguese,
Polish, Turkish, Japanese and Indonesian; SSN, NINO, KRA PIN, PAN, Aadhaar, Steuer-ID, CURP, RFC, CPF, PESEL, T.C.
kimlik no and NIK; payout tokens, account ids, gig ids and ratings as decoys; written blind),
``--set v96`` scores
:mod:`benchmarks.classification.heldout_v96` (15 tables of agriculture, fisheries, forestry and rural payments:
subsidy claims, livestock keepers and movements, fishing crews and licences, forestry contractors, a dairy
co-operative, seasonal farm workers, a grain buyer, grape pickers, a rural vet and a land consolidation register, one
organisation per table, eight with English column names and seven in French, Spanish, Italian, Polish, Romanian,
Norwegian and Japanese; PPSN, NINO, SIN, IRD, NIR, DNI/NIE, codice fiscale, PESEL, CNP, fødselsnummer and My Number;
holding, herd, parcel, vessel and ear-tag numbers as decoys; written blind),
``--set v97`` scores
:mod:`benchmarks.classification.heldout_v97` (15 tables of social work: child protection referrals, foster care,
adoption, youth justice, family court hearings, a children's home, a domestic abuse helpline, school safeguarding,
guardians ad litem, child benefit and kinship care, one organisation per table, eight with English column names and
seven in Dutch, German, Danish, Finnish, Korean, Greek and Spanish; NI numbers, NHS numbers, SSN, BSN, Steuer-ID, CPR,
henkilötunnus, RRN, AMKA, AFM and DNI; case, docket, dossier and expediente numbers as decoys; written blind),
``--set v98`` scores
:mod:`benchmarks.classification.heldout_v98` (15 tables of public health surveillance: case reports, contact
tracing, immunisation registries, screening programmes, an outbreak line list, travel declarations, partner
notification, a food poisoning questionnaire, TB directly observed therapy, a lab notification feed and port health,
one organisation per table, eight with English column names and seven in German, French, Spanish, Portuguese,
Swedish, Japanese and Korean; SSNs, SINs, NHS numbers, PPSN, NHI, NIN, Aadhaar, passports, NIR, CURP, CPF,
personnummer, My Number and RRN; case ids, specimen ids, lot numbers and outbreak codes as decoys; written blind),
``--set v99`` scores
:mod:`benchmarks.classification.heldout_v99` (15 tables of aged care and disability support: home care visits, a
nursing home's residents, an NDIS plan manager, home care assessments, carers' rosters, a rest home's COBOL file, an
elder helpline, respite bookings, a home nursing service, an EHPAD, long-term care clients, a residential care home,
a medication round, municipal home help and care plans, one organisation per table, eight with English column names
and seven in German, French, Dutch, Polish, Italian, Greek and Japanese; SSN, NHS numbers, NDIS numbers, SIN, PPSN,
NHI, IRD, Aadhaar, PAN, SA ID, Steuer-ID, NIR, BSN, PESEL, codice fiscale, AMKA, AFM and My Number; visit, booking,
referral and decision numbers as decoys; written blind),
``--set v100`` scores
:mod:`benchmarks.classification.heldout_v100` (15 tables of fraud, anti-money-laundering, sanctions screening and
trust and safety: a KYC refresh queue, suspicious activity and transaction reports, chargebacks, account takeover,
seller verification, insurance fraud referrals, moderation appeals, a whistleblower hotline, PEP and sanctions
screening hits and scam reports, one organisation per table, eight with English column names and seven in German,
French, Spanish, Polish, Turkish, Greek and Dutch; SSN, SIN, TFN, PAN, Aadhaar, IRD, South African ID, Steuer-ID, NIR,
DNI/NIE, PESEL, TC Kimlik, AMKA and AFM, cards and IBANs; claim, case, wallet and report numbers failing their
checks as decoys; written blind),
:mod:`benchmarks.classification.heldout_v101` (15 tables of direct marketing, lead generation and data brokers:
purchased leads, suppression and exclusion lists, a mail-merge extract, a telesales call list, competition entries, a
change-of-address return, a data-append return, a consent and preference centre, rented addresses, a print-and-post
file, loan leads, forwarding notices, message consents and a catalogue mailing, one organisation per table, eight with
English column names and seven in German, French, Spanish, Polish, Dutch, Turkish and Russian (Cyrillic); SSN, TFN,
South African ID, PAN, PPSN, NIR, DNI, PESEL, BSN, T.C. kimlik no and INN; policy, member, receipt, order and
customer numbers failing those checks as decoys; written blind),
``--set v102`` scores
:mod:`benchmarks.classification.heldout_v102` (15 tables of pets and animal welfare: veterinary clinics' clients, pet
insurance claims and policyholders, shelter adoptions and foster applications, a council's dog registrations,
boarding kennels, a pet identification file, a dog groomer, a dog-walking app, a pet relocation agency's permits and
equine passports, one organisation per table, eight with English column names and seven in German, French, Spanish,
Italian, Dutch, romanized Japanese and Russian (Cyrillic); South African ID, PAN, Aadhaar, NIN, DNI, codice fiscale,
BSN and INN, cards and IBANs; animals' names, birth dates and microchips as non-personal, case, policy, voucher,
registration and order numbers failing those checks as decoys; written blind),
``--set v103`` scores
:mod:`benchmarks.classification.heldout_v103` (15 tables of age-restricted and controlled trade: a cannabis
dispensary, a liquor store's ID scans, an online vape shop, a gun shop's NICS checks, a Schedule 6 register, a
fireworks retailer's COBOL extract, an age verification feed, a bar's door scans, an age verification vendor, a
narcotics register on AS/400, a cannabis social club, a coffeeshop's member passes, a pharmacy's narcotics book, a
hunting and knife shop and a taspo ledger, one organisation per table, eight with English column names and seven in
German, French, Spanish, Dutch, Polish, Turkish and Japanese; SSN, PPSN, NIR, South African ID, PAN, Aadhaar,
identity card numbers, DNI/NIE, BSN, PESEL and T.C. kimlik no, IBANs and cards; member, pass, script, prescription and
request numbers failing those checks as decoys; written blind),
``--set v104`` scores
:mod:`benchmarks.classification.heldout_v104` (15 tables of civil registration and notaries: marriage licences,
certificate orders, name changes, an enduring power of attorney register, a death register, a birth registration
COBOL extract, civil unions, adoption orders, a notary's deed roll, a PACS register, apostille requests, a
consulate's registry of citizens abroad, a register of wills, naturalisation ceremonies and birth records, one
organisation per table, eight with English column names and seven in German, French, Spanish, Italian, Polish, Dutch
and Greek (Greek script); SSN, SIN, TFN, PPSN, Aadhaar, South African ID, NIN, Steuer-ID, NIR, DNI, codice fiscale,
CPF, PESEL, BSN, AMKA and AFM, cards and IBANs; licence, file, registration and case numbers failing those checks as
decoys; written blind),
``--set v105`` scores
:mod:`benchmarks.classification.heldout_v105` (15 tables of sports governing bodies and athletes: a wrestling
association's member register, anti-doping whereabouts filings, minor hockey transfer requests, a coach licence
register, referee licences, an athlete scholarship COBOL extract, doping control forms, pre-participation medical
screening, football player pass requests, a masters athletics licence file on AS/400, youth academy scouting reports,
sports medicine fitness certificates, referee licences, amateur athlete licences and out-of-competition testing, one
organisation per table, eight with English column names and seven in German, French, Spanish, Italian, Polish,
Turkish and Russian (Cyrillic script); SSN, TFN, PPSN, Aadhaar, PAN, South African ID, NHI, IRD, NIR, DNI/NIE,
codice fiscale, PESEL, T.C. kimlik no, SNILS and INN, cards and IBANs; membership, registration, form and licence
numbers failing those checks as decoys; written blind),
``--set v106`` scores
:mod:`benchmarks.classification.heldout_v106` (15 tables of tour operators, cruise lines, pilgrimage operators and
travel insurers: package bookings, a cruise passenger manifest, shore excursions, Hajj pilgrim registrations, medical
claims abroad, a cabin assignment COBOL extract, visa support letters, a tour guides' roster, a cruise line's AS/400
passenger file, pilgrimage registrations, Umrah group registrations, a river cruise's passengers and travel insurance
policies, one organisation per table, eight with English column names and seven in German, French, Spanish,
Turkish, Indonesian, Russian (Cyrillic) and Italian; SSN, PPSN, South African ID, NIN, PAN, Aadhaar, DNI/NIE, T.C.
kimlik no, NIK, INN, codice fiscale and passports, cards and IBANs; claim, invoice, letter, loyalty and SeaPass numbers
failing those checks as decoys; written blind),
``--set v107`` scores
:mod:`benchmarks.classification.heldout_v107` (15 tables of general aviation, flight schools and drone operators:
student pilots, aircraft rental bookings, a drone survey contractor's remote pilots, airside permit vetting, a gliding
club's flight log, a skydiving manifest COBOL extract, a remote pilot training organisation's staging table, aviation
medicals, a flight school's logbook, an aéroclub's AS/400 member file, a drone operator's remote pilots, a parachute
section's jumpers, hangar rental contracts, airfield access passes and a drone academy's trainees, one organisation
per table, eight with English column names and seven in German, French, Spanish, Polish, Italian, Dutch and
romanized Korean (Hangul values); SSN, SIN, NIN, South African ID, Aadhaar, PAN, Steuer-ID, NIR, DNI/NIE, PESEL,
codice fiscale, BSN and RRN, pilot licence numbers, cards and IBANs; enrolment, payroll, waiver, drone, file, jump card
and screening numbers failing those checks as decoys; written blind),
``--set v108`` scores
:mod:`benchmarks.classification.heldout_v108` (15 tables of fertility clinics, gamete and embryo donation, surrogacy
agencies, cord-blood banks, genetic testing laboratories and consumer DNA and ancestry services: IVF treatment cycles,
cord-blood collection kits, gestational carrier applications, genetic test requisitions, a donor-sperm recipient
register, a surrogacy escrow COBOL payment extract, a prenatal screening laboratory's staging table, a DNA service's
kit activations, a sperm bank's donor master, a gamete donation centre's AS/400 donor file, cord-blood storage
contracts, a sperm bank's straw orders, an IVF centre's egg donors, a genetic testing clinic's examinee ledger and a
cord-blood bank's units, one organisation per table, eight with English column names and seven in German, French,
Brazilian Portuguese, Danish, Czech, romanized Japanese and Greek (Greek script); SSN, NHS number, SIN, South African
ID, PPSN, Aadhaar, PAN, Steuer-ID, NIR, CPF, CPR, rodné číslo, My Number, AMKA and AFM, cards and IBANs; cycle, kit,
reimbursement, requisition, sample, order and unit numbers failing those checks as decoys; written blind),
``--set v109`` scores
:mod:`benchmarks.classification.heldout_v109` (15 tables of offshore and heavy-industry workforces: a Gulf of Mexico
personnel-on-board roster, survival training certificates, a North Sea helicopter passenger manifest, Pilbara mine-site
access requests, a scaffolding contractor's CIS worker register, a well-services crew pay COBOL extract, a shipyard's
gate pass staging table, a fabrication yard's workers, a Norwegian heliport's passenger lists, an offshore safety
training centre's trainees, crane and forklift operators, a shipyard's subcontractor personnel, a scaffolding firm's
site staff ledger, a shipyard's AS/400 contractor access file and an offshore shift-crew register, one organisation
per table, eight with English column names and seven in Norwegian, Dutch, Polish, Turkish, Swedish, Spanish and
Russian (Cyrillic); SSN, SIN, TFN, UTR, IRD, Aadhaar, PAN, MyKad, fødselsnummer, BSN, PESEL, T.C. kimlik no,
personnummer, DNI/NIE, Spanish social security numbers, INN and SNILS, TWIC and UDT certificate numbers, IBANs; badge,
payroll, access card, gate pass, certificate and gate card numbers failing those checks as decoys; written blind),
``--set v110`` scores
:mod:`benchmarks.classification.heldout_v110` (15 tables of stadiums, ticketing and event security: a ballpark's
season-ticket accounts, a football club's banned-supporter list, a security contractor's steward accreditation, a
stadium's media accreditation, a stadium's first-aid log, a season-ticket member COBOL extract, a ticketing platform's
resale and refund staging table, an arena's hospitality bookings, a supporters' club's members, a box office's
refunds, an organised supporters' group's register, an arena's lost-and-found office, a stadium's spectator bans, a
security company's AS/400 steward file and a fan club's members with ticket resale, one organisation per table, eight
with English column names and seven in Italian, Spanish, Portuguese, German, Turkish, French and romanized Japanese
(Japanese script values); SSN, SIN, NHI, South African ID, PAN, Aadhaar, codice fiscale, DNI/NIE, CPF, German
identity card numbers, T.C. kimlik no and NIR, steward and driving licence numbers, cards and IBANs; account,
payroll, member, refund, order and fan card numbers failing those checks as decoys; written blind),
``--set v111`` scores
:mod:`benchmarks.classification.heldout_v111` (15 tables of addiction treatment, harm reduction and probation
services: a Kentucky residential rehab's admissions, a West Yorkshire needle and syringe programme's transactions, an
Ottawa-area pharmacy's methadone and buprenorphine dispensing, a western Sydney drug court's participants, a Dublin
task force's counselling sessions, an Arizona adult probation caseload COBOL extract, a Punjab de-addiction centre's
intake staging table, a Cape Town sober living house's residents, a Bergamo SerD's opioid agonist administrations, a
Madrid addiction care centre's AS/400 patient file, a Zwolle recovery house's residents, a Västerbotten treatment
home's admissions, a Brno contact centre's needle exchange, an İzmir probation directorate's treatment obligations and
a Thessaloniki substitution programme's members, one organisation per table, eight with English column names and
seven in Italian, Spanish, Dutch, Swedish, Czech, Turkish and romanized Greek (Greek script values); SSN, NHS number,
SIN, PPSN, Aadhaar, PAN, South African ID, codice fiscale, DNI/NIE, BSN, personnummer, rodné číslo, T.C. kimlik no,
AMKA and AFM, driving licence numbers, a card and IBANs; admission, prescription, lease, file and rental contract
numbers failing those checks as decoys; written blind),
``--set v112`` scores
:mod:`benchmarks.classification.heldout_v112` (15 tables of money transfer, remittance and currency exchange: an El
Paso money transmitter's senders and beneficiaries, an Auckland remittance company's transfers to Samoa and Tonga, an
Alberta payroll card programme's cardholders, a Kenyan mobile money operator's wallet registrations, a Sydney bureau
de change, a Tennessee payroll card processor's COBOL extract, a Dubai exchange house's payouts to Kerala as a staging
table, a Johannesburg cross-border remittance company's orders, a Frankfurt bureau de change, a Vaucluse employers'
group's AS/400 payroll card file, an Amadora money transfer agent, a Kraków kantor, a Copenhagen money transfer
business, a Tokyo remittance company's requests from foreign residents and a Moscow money transfer point, one
organisation per table, eight with English column names and seven in German, French, Portuguese, Polish, Danish,
romanized Japanese (Japanese script values) and Russian (Cyrillic); SSN, ITIN, IRD, SIN, KRA PIN, Aadhaar, PAN, South
African ID, German and Polish identity card numbers, NIR, NIF, cartão de cidadão, PESEL, CPR, My Number and INN,
cards and IBANs; transfer control, payroll, payout, account, receipt and remittance numbers failing those checks as
decoys; written blind),
``--set v113`` scores
:mod:`benchmarks.classification.heldout_v113` (15 tables of domestic staffing and household employment: an Austin
nanny agency's placements, a Bristol babysitting platform's bookings, a Vancouver consultancy's caregiver work permit
files, a Brisbane au pair agency's host family matches, a Cork home cleaning platform's jobs, a household payroll
service's COBOL W-2 extract, a Pune domestic worker platform's staging table, a Cape Town household payroll service's
UIF declarations, a Madrid agency's household employment contracts, a Bologna payroll bureau's AS/400 file of colf
and badanti, a Munich agency's mini-job household helpers, a Utrecht cleaning platform's helpers, an Opole agency's
live-in carers sent to German families, an Istanbul nanny agency's register and a Tokyo housekeeping service's
dispatch records, one organisation per table, eight with English column names and seven in Spanish, Italian, German,
Dutch, Polish, Turkish and romanized Japanese (Japanese script values); SSN, EIN of household employers, UTR, SIN,
TFN, PPSN, Aadhaar, PAN, South African ID, DNI/NIE, Spanish social security numbers, codice fiscale, Steuer-ID,
German pension insurance numbers, BSN, Dutch document numbers, PESEL, T.C. kimlik no and My Number, cards and IBANs;
placement, police verification, contract and job numbers failing those checks as decoys; written blind),
``--set v114`` scores
:mod:`benchmarks.classification.heldout_v114` (15 tables of self-storage, removals, moving and international
relocation services: a central Texas self-storage operator's unit rentals, a West Yorkshire removals firm's survey
quotes, a Calgary relocation management company's assignee files, a Melbourne international removalist's export
register, an Auckland furniture remover's job sheets, a Virginia household goods agent's COBOL extract of military
moves, a Klang Valley moving company's staging table of web quote requests, a Johannesburg corporate relocation
company's employee moves, a Porto removals company's AS/400 customer file, an Aarhus removal firm's jobs, a Malmö
self-storage company's tenants, an Ostrava removal company's orders, a Patras removal company's contracts, a Verona
self-storage company's box contracts and a Lille furniture storage company's contracts, one organisation per table,
eight with English column names and seven in Portuguese, Danish, Swedish, Czech, Greek (Greek script names and
values), Italian and French; SSN, SIN, AMKA, driving licence and passport numbers, TFN, MyKad, South African ID, NIF,
cartão de cidadão, CPR, personnummer, rodné číslo, AFM, codice fiscale and French identity document numbers, cards
and IBANs; lease, quote reference, move order, agreement, order and contract numbers failing those checks and ISO 6346
container numbers as decoys; written blind),
``--set v115`` scores
:mod:`benchmarks.classification.heldout_v115` (15 tables of libraries, archives, museums and cultural memberships: a
Cincinnati art museum's donor gifts, a Cumbrian county archive's reader registrations, a Halifax gallery's docents
and volunteers, a western Sydney library service's borrowers, a Kilkenny heritage trust's membership renewals, an
eastern Kentucky library consortium's COBOL patron extract, a Kolkata museum's ticket bookings as a staging table, a
Dunedin oral history archive's interviewees, a Lyon museum's AS/400 file of freelance guides, a Braga district
archive's readers, a Gävle heritage society's members, an Aarhus local archive's volunteers, a Brno library's
readers, a Thessaloniki museum friends' society's donors and a Ghent museum friends' association's members, one
organisation per table, eight with English column names and seven in French, Portuguese, Swedish, Danish, Czech,
romanized Greek (Greek script values) and Flemish Dutch; SSN, SIN, PPSN, NIR, AMKA, GB and NSW driving licence
numbers, passport numbers, Aadhaar, IRD, NIF, cartão de cidadão, personnummer, CPR, rodné číslo, Czech identity card
numbers, AFM and rijksregisternummer, cards and IBANs; receipt, police check, member, booking, recording, reader card
and key card numbers failing those checks as decoys; written blind),
``--set v116`` scores
:mod:`benchmarks.classification.heldout_v116` (15 tables of weddings, photography studios, personal event planners
and celebrants: a Charleston wedding planner's clients, a Leeds photography studio's session bookings, a Perth
celebrant's notices of intended marriage, a Toronto studio's contract second shooters, a Kilkenny planner's guest
list and room block, a Chicago bridal salon chain's COBOL layaway extract, an Udaipur destination wedding planner's
guest travel staging table, a Queenstown elopement planner's couples, a Bordeaux wedding planner's couple files, a
Porto wedding planner's couples, a Copenhagen agency arranging weddings for foreign couples, a Prague wedding
agency's ceremonies, a Gothenburg photography studio's orders, an Athens wedding planner's bookings and a Kazan
wedding agency's requests, one organisation per table, eight with English column names and seven in French,
Portuguese, Danish, Czech, Swedish, romanized Greek (Greek script values) and romanized Russian (Cyrillic values);
SSN, SIN, Aadhaar, PAN, IRD, NIF, cartão de cidadão, CPR, rodné číslo, personnummer, AMKA, AFM, INN and SNILS,
passport and driving licence numbers, cards and IBANs; booking, payroll, quote, case, contract, order and offer
numbers failing those checks as decoys; written blind),
``--set v117`` scores
:mod:`benchmarks.classification.heldout_v117` (15 tables of coworking spaces, virtual offices and mail-forwarding
services: an Austin virtual mailbox operator's Form 1583 applications, a Manchester coworking space's members, an
Edinburgh registered office provider's AML checks on directors, a Kingston parcel forwarding company's customers, a
Sydney virtual office's mail receiving log, a Chicago executive suites operator's COBOL extract of personal
guarantors, a Bangkok coworking space's staging table of member sign-ups, a Vancouver coworking space's guest
check-ins, a Valencia business address provider's contracts, a Milan registered office provider's AS/400 client
file, a Rotterdam virtual office's sign-ups, a Wrocław virtual office's contracts, an Ankara virtual office's
subscribers, a Fukuoka mail forwarding operator's identity verification records and a Novosibirsk coworking space's
residents, one organisation per table, eight with English column names and seven in Spanish, Italian, Dutch, Polish,
Turkish, romanized Japanese (Japanese script values) and Russian (Cyrillic names and values); SSN, SNILS, UTR, TRN,
Thai identification numbers, DNI/NIE, codice fiscale, BSN, Dutch document numbers, PESEL, Polish identity card
numbers, T.C. kimlik no, INN, Texas and Japanese driving licence, passport, Russian passport and residence card
numbers, cards and IBANs; case, licence, invoice and contract numbers failing those checks as decoys; written blind),
``--set v118`` scores
:mod:`benchmarks.classification.heldout_v118` (15 tables of translation, interpreting and sign-language
interpreting agencies: a Phoenix medical interpreting agency's hospital assignments, a Manchester BSL interpreting
agency's bookings, an Ottawa certified translation office's orders, a Brisbane court interpreting service's
assignments, a Dublin Irish Sign Language agency's job log, a south Texas county court's COBOL interpreter voucher
extract, a Chennai translation bureau's web orders as a staging table, a Wellington NZSL agency's booking requests, a
Leipzig community interpreting service's assignments, a Seville sworn translation bureau's orders, a Rotterdam
interpreting agency's assignments, a Wrocław sworn translators' office's orders, an Istanbul translation bureau's
notarised translations, a Belo Horizonte sworn translation office's orders and an Osaka interpreter dispatch
service's requests, one organisation per table, eight with English column names and seven in German (Cyrillic
values), Spanish, Dutch, Polish (Cyrillic values), Turkish, Brazilian Portuguese and romanized Japanese (katakana and
kanji values); SSN, National Insurance numbers, TFN, PPSN, IRD, Aadhaar, PAN, Steuer-ID, DNI/NIE, BSN, Dutch document
numbers, PESEL, T.C. kimlik no, CPF, RG, My Number, residence card, passport, IRCC UCI and court interpreter licence
numbers, cards and IBANs; assignment, invoice, booking, order and request numbers failing those checks as decoys;
written blind),
``--set v119`` scores
:mod:`benchmarks.classification.heldout_v119` (15 tables of crowdfunding, peer-to-peer lending and micro-investment
platforms: an Austin real-estate crowdfunding platform's investor accounts, a Leeds peer-to-peer lending platform's
loan applications, a Toronto micro-investing app's investors, a Nairobi peer-to-peer microloan platform's borrower
register, a Sydney equity crowdfunding intermediary's investor register, a peer-to-peer note servicer's COBOL 1099
extract, a Bengaluru NBFC-P2P platform's lender registrations as a staging table, a Dublin business lending
platform's director guarantees, a Berlin lending marketplace's investor accounts, a Madrid participatory financing
platform's investors, a Milan lending crowdfunding platform's AS/400 lender file, a Warsaw social lending platform's
borrowers, an Istanbul equity crowdfunding platform's investors, a São Paulo peer-to-peer lending company's borrowers
and a Tokyo loan-type crowdfunding operator's investors, one organisation per table, eight with English column names
and seven in German, Spanish, Italian, Polish, Turkish, Brazilian Portuguese and romanized Japanese (Japanese script
values); SSN, UK National Insurance numbers, SIN, Kenyan ID numbers and KRA PINs, TFN, PAN, Aadhaar, PPSN,
Steuer-ID, DNI/NIE, codice fiscale, PESEL, Polish identity card numbers, T.C. kimlik no, CPF and My Number, cards and
IBANs; offering, account, agreement, file, contract and proposal numbers failing those checks as decoys; written
blind),
``--set v120`` scores
:mod:`benchmarks.classification.heldout_v120` (15 tables of equestrian centres, riding schools and livery yards: a
Lexington therapeutic riding centre's participants, a North Canterbury livery and grazing yard's clients, a Caledon
riding summer camp's registrations, a Kildare racing academy's trainee intake, a Hunter Valley agistment yard's
invoices, a Wellington show-jumping centre's COBOL W-2 extract of seasonal grooms and riders, a Kyalami riding
school's web sign-ups as a staging table, a Cotswolds Riding for the Disabled group's sessions, an Ille-et-Vilaine
centre équestre's AS/400 rider file, a Veluwe care farm's riding therapy participants, a Roskilde riding club's
members, a Písek equestrian centre's clients, a Maremma riding centre's pupils, a Córdoba riding club's pupils and a
Heraklion riding club's riders, one organisation per table, eight with English column names and seven in French,
Dutch, Danish, Czech, Italian, Spanish and Greek (Greek script column names and values); SSN, Ontario health numbers,
PPSN, South African ID numbers, NHS numbers, BSN, CPR, rodné číslo, Czech identity card numbers, codice fiscale,
DNI/NIE, AMKA and AFM, cards and IBANs; horses' names, microchips and foaling dates, and enrolment, registration,
referral, file, licence, contract, receipt and federation card numbers failing those checks as decoys; written
blind),
``--set v121`` scores
:mod:`benchmarks.classification.heldout_v121` (15 tables of blood, plasma, bone-marrow and organ donation
registries: a Memphis paid plasma centre's donor visits, a Glasgow blood donation service's session bookings, an
Adelaide bone-marrow donor registry's registrations, a Kumasi teaching hospital blood bank's donor register, an
Auckland organ donation coordinators' referral log, a Sioux City community blood center's COBOL donor master, a
Jaipur blood bank's donation camp registrations as a staging table, a Penang hospital's organ donation pledges, a
Rennes blood establishment's AS/400 donor file, an Odense blood bank's donations, a Stockholm stem cell donor
registry, a Brno plasma centre's donors, a Lisbon health centre group's requests to the register of non-donors, a
Heraklion hospital's voluntary blood donors and a Yekaterinburg transfusion station's plasma donors, one
organisation per table, eight with English column names and seven in French, Danish, Swedish, Czech, Portuguese,
Greek (Greek script names and values) and Russian (Cyrillic names and values); SSN, CHI, Medicare, Ghana Card PINs,
NHI, Aadhaar, MyKad, NIR, CPR, personnummer, rodné číslo, NIF, cartão de cidadão, número de utente, AMKA, AFM, SNILS,
INN and Russian passport numbers, prepaid and Mir cards and IBANs; visit, booking, donation, camp form and request
numbers failing those checks, bag numbers and coordinates of drives as decoys; written blind),
``--set v122`` scores
:mod:`benchmarks.classification.heldout_v122` (15 tables of dental, orthodontic and optical clinics: a Grand Rapids
pediatric dental practice's visits, a Leith optometrist's GOS eye examinations, a Kelowna orthodontist's treatment
contracts, a Petaling Jaya optical shop's prescriptions, a Perth contact lens web shop's orders, a New Jersey union
welfare fund's COBOL dental and vision claims extract, a Cebu dental clinic chain's online registrations as a staging
table, a Cardiff community dental service's school screenings, an Odense municipal child dental service's recalls,
an Olomouc dental surgery's patients, a Västerås optician's eye examinations, a Larissa orthodontic practice's
treatments, a Lausanne orthodontist's patient files, a Coimbra optician's customers and a Lecce dental practice's
treatment estimates, one organisation per table, eight with English column names and seven in Danish, Czech,
Swedish, Greek (Greek script names and values), Swiss French, European Portuguese and Italian; SSN, SIN, CHI, NHS
numbers, the British Columbia PHN, MyKad, Australian Medicare numbers, PhilHealth and SSS numbers, CPR, rodné číslo,
personnummer, AMKA, AFM, the Swiss AVS number, NIF, cartão de cidadão, SNS user numbers, codice fiscale and passport
numbers, cards and IBANs; visit, claim, invoice and registration numbers failing those checks as decoys; written
blind),
``--set v123`` scores
:mod:`benchmarks.classification.heldout_v123` (15 tables of pawnbrokers, second-hand dealers, scrap-metal and
precious-metal buyers and auction houses: an Albuquerque pawn shop's tickets, a Middlesbrough scrap metal dealer's
seller transactions, a Geylang pawnshop's pledge tickets, a Germiston scrap metal dealer's second-hand goods
register, a Parramatta second-hand dealer's buy transactions, a Miami pawn chain's COBOL police transaction extract,
a Bangkok pawnshop's pledges as a staging table, a Maine estate auction house's bidder registrations, a Cluj-Napoca
pawnshop's pledge contracts, a Trondheim second-hand dealer's purchase register, a Debrecen pawnshop's pawn tickets,
a Tampere gold buyer's purchases, a Plovdiv pawnshop's pledge contracts, a Zagreb auction house's consignors and
buyers and a Riga scrap metal yard's acceptance acts, one organisation per table, eight with English column names and
seven in Romanian, Norwegian, Hungarian, Finnish, Bulgarian (Cyrillic names and values), Croatian and Latvian; SSN,
driver's licence, photo card and passport numbers, NRIC and FIN, South African ID numbers, Thai PINs, CNP,
fødselsnummer, Hungarian tax identification numbers, henkilötunnus, EGN, OIB and Latvian personal codes, cards and
IBANs; ticket, pledge, contract, register entry, receipt and act numbers failing those checks, IMEIs, serial numbers,
vehicle registrations and coordinates of yards as decoys; written blind),
``--set v124`` scores
:mod:`benchmarks.classification.heldout_v124` (15 tables of driving schools, driving-test centres, driver licensing
and traffic-offence schemes: an Anchorage court-referred defensive-driving school's enrolments, a Cornwall driving
school's lesson bookings, a Regina driver education school's student files, a Multan driving school's learner-permit
applications, a Sha Tin driving instructor's lesson bookings, Nebraska county courts' COBOL traffic-conviction
abstracts, a Kurunegala driving-test booking feed as a staging table, a Highlands speed-awareness course provider's
booking API flattened to dotted keys, a Tromsø driving school's pupils, an Oulu driving-test centre's bookings, a
Győr driving school's pupils, an Iași driving school's trainees, a Plovdiv driving school's trainees, a Liepāja
driving school's pupils and Split's traffic wardens' penalty notices, one organisation per table, eight with English
column names and seven in Norwegian, Finnish, Hungarian, Romanian, Bulgarian (Cyrillic names and values), Latvian and
Croatian; SSN, SIN, Alaska, DVLA, SGI and Nebraska driving licence numbers, CNIC, HKID, Sri Lankan NIC,
fødselsnummer, henkilötunnus, adóazonosító jel, TAJ, CNP, ЕГН, personas kods, OIB and identity card numbers, IBANs
and IPs; case, certificate, challan, receipt, invoice, booking, contract and ticket numbers failing those checks,
plates, camera coordinates and custom fields holding no people as decoys; written blind),
``--set v125`` scores
:mod:`benchmarks.classification.heldout_v125` (15 tables of insolvency practitioners, debt advice charities,
bankruptcy trustees and debt-relief orders: an Albuquerque Chapter 13 trustee's cases, a Halifax licensed insolvency
trustee's consumer proposals, a Leeds debt advice charity's debt relief order applications, a Brisbane bankruptcy
trustee's estates, a Singapore credit counselling charity's debt management plans, a Johannesburg debt counsellor's
COBOL debt review extract, a Cork personal insolvency practitioner's web enquiries as a staging table, a Dundee money
advice charity's Salesforce clients, a Tampere municipal debt advice service's clients, a Bergen enforcement office's
debt settlement applications, a Debrecen family bankruptcy trustee's debtors, a Cluj-Napoca insolvency
administrator's debtors, a Košice legal aid office's personal bankruptcy applicants, a Split consumer bankruptcy
office's debtors and a Lviv arbitration manager's debtors in restructuring, one organisation per table, eight with
English column names and seven in Finnish, Norwegian, Hungarian, Romanian, Slovak, Croatian and Ukrainian (Cyrillic
names and values); SSN, SIN, National Insurance numbers, TFN, NRIC, South African ID numbers, PPSN, henkilötunnus,
fødselsnummer, the Hungarian tax and TAJ numbers, CNP, rodné číslo, OIB and РНОКПП, identity card numbers, IBANs;
case, estate, claim, invoice, form and lender reference numbers failing those checks, practitioners' licence numbers
and custom fields with and without personal data as decoys; written blind),
``--set v126`` scores
:mod:`benchmarks.classification.heldout_v126` (15 tables of music schools, conservatoires, youth orchestras, choirs
and instrument hire: a Boise community music school's enrolments, a Rose-Hill (Mauritius) youth orchestra's players,
a St. John's (Newfoundland) children's choir's choristers, a George Town (Penang) music academy's exam candidates, a
Belfast instrument hire shop's rental agreements, a Saskatchewan music festival association's COBOL scholarship
payments extract, an Accra music school's online enrolments as a staging table, a Port of Spain steelpan youth camp's
Google Forms registrations, a Klagenfurt music school's registrations, a Cremona string workshop's rental contracts,
a Rzeszów state music school's admissions, an Eskişehir conservatory's aptitude exam applications, a Belém music
school's enrolments, a Cuenca youth symphony's members and a Kanazawa junior orchestra's overseas tour participants,
one organisation per table, eight with English column names and seven in Austrian German, Italian, Polish, Turkish,
Brazilian Portuguese, Ecuadorian Spanish and Japanese (Japanese script names and values); SSN, SIN, the Austrian SV
number, Mauritian ID numbers, MyKad, MCP numbers, Northern Ireland driving licence numbers, Ghana Card PINs and TINs,
passport numbers, codice fiscale, PESEL, T.C. Kimlik No., CPF, RG and cédulas, cards and IBANs; account, candidate,
form, receipt, application and registration numbers failing those checks, SKUs, serials, tracking numbers and custom
fields with and without personal data as decoys; written blind),
``--set v127`` scores
:mod:`benchmarks.classification.heldout_v127` (15 tables of student accommodation, halls of residence, boarding
schools and homestay agencies: an Aberdeen purpose-built student accommodation provider's tenancies, a Brisbane
homestay agency's placements, a Stellenbosch private residence's applications, a Pune paying-guest hostel's resident
register, a Dunedin hall of residence's room register, a Pennsylvania boarding school's COBOL fee ledger, a Chiang Mai
dormitory booking feed as a staging table, an Ottawa homestay and custodianship agency's spreadsheet export, a
Louvain-la-Neuve student room agency's leases, a Wageningen student housing corporation's tenants, an Uppsala student
nation's housing queue, a Southern Jutland efterskole's pupils, a Tartu dormitory operator's residents, a Kaunas
gymnasium's boarding house residents and an Ioannina student hall's residents, one organisation per table, eight with
English column names and seven in Belgian French, Dutch, Swedish, Danish, Estonian, Lithuanian and Greek (Greek names
and values); National Insurance numbers, SSN, South African ID numbers, Aadhaar, PAN, IRD numbers, Thai PINs, the
Belgian national register number, BSN, personnummer, CPR, isikukood, asmens kodas, ΑΜΚΑ and ΑΦΜ, passports, study
permits, identity card numbers, IBANs, cards and IPs; tenancy, deposit, receipt, account, booking, guarantee,
contract, OCR, lease and protocol numbers failing those checks, parcel tracking numbers, coordinates and custom fields
with and without personal data as decoys; written blind),
``--set v128`` scores
:mod:`benchmarks.classification.heldout_v128` (15 tables of hunting and fishing licences, firearms registries,
shooting clubs and gun shops: an Idaho controlled hunt draw's applications, a Hobart gun shop's sales under a permit to
acquire, a Kamloops outfitter's firearm transfers, an Otjiwarongo hunting farm's register, a Strathspey angling
association's online permit orders, an Irish Garda division's COBOL firearm certificate extract, a Lahore arms licence
e-application feed as a staging table, a Ceredigion clay shooting ground's member spreadsheet, a Třebíč hunting
association's members, a Zvolen angling union branch's members and permits, a Celje gun shop's sales, a Novi Sad sport
shooting club's members, a Tomsk oblast hunting estate's vouchers, a Matsumoto hunters' association branch's member
roll and a Solsonès hunting society's members, one organisation per table, eight with English column names and seven
in Czech, Slovak, Slovenian, Serbian (Latin script), Russian (Cyrillic names and values), romanized Japanese and
Catalan; SSN, PPSN, SNILS, Namibian ID numbers, passports, CNIC, rodné číslo, EMŠO, JMBG, the Slovenian tax number,
personal INN, DNI/NIE, identity card numbers, hunting, fishing, firearms and weapons licences, cards, IBANs and IPs;
application, invoice, receipt and challan numbers failing those checks, permits and certificates numbering one
firearm or one hunt, firearm serials, trophy tags, kill coordinates and custom fields with and without personal data
as decoys; written blind),
``--set v129`` scores
:mod:`benchmarks.classification.heldout_v129` (15 tables of scouting, guiding, youth clubs and summer camps: a Wyoming
scout council's seasonal camp staff hires, a Guernsey youth club's app sign-ups, a Whitehorse day camp's camper
registrations, an Arusha region girl guides' jamboree, a Darwin youth club's enrolments, a Chattogram scout region's
COBOL membership extract, a Kuching holiday camp's booking feed as a staging table, a Kandy youth camp's sign-up form
responses, a Puebla scout group's summer camp, a Viseu parish holiday camp's enrolments, a Lucerne Pfadi section's
summer camp sign-ups, a Bruges scout group's member enrolments, an Icelandic summer camp's child registrations, a Kfar
Saba youth movement tribe's summer camp registrations and a Malang Pramuka branch's camp participants, one
organisation per table, eight with English column names and seven in Mexican Spanish, European Portuguese, Swiss
German, Flemish Dutch, Icelandic, Hebrew (Hebrew names and values) and Indonesian; SSN, SIN, IMSS NSS, AHV numbers,
Yukon health care numbers, Medicare numbers, passports, NIDA, NIDs and birth registration numbers, MyKad, Sri Lankan
NICs, CURP, cartão de cidadão, NIF, SNS user numbers, the Belgian national register number, kennitala, teudat zehut,
NIK, Ochre Card numbers, IBANs and IPs, Pfadinamen, totems and logins; application, receipt, invoice, booking, member
and enrolment numbers failing those checks, structured communications, routing numbers, mobile money transaction ids,
hashes, venue coordinates and custom fields with and without personal data as decoys; written blind),
``--set v130`` scores
:mod:`benchmarks.classification.heldout_v130` (15 tables of diving schools, sailing clubs, surf schools and
water-sports centres: a Kailua-Kona dive charter's liability waivers, a Newquay surf school's lesson bookings, a
Torquay (Victoria) surf life saving club's nipper registrations, a Hurghada dive centre's guest register, a Semporna
dive resort's booking register, an Annapolis yacht club's COBOL member billing extract, a Canggu surf camp's online
bookings as a staging table, a Christ Church (Barbados) kitesurf school's student spreadsheet, a Rimouski sailing
school's summer day camp, a Rhodes dive centre's divers, a Kaş dive centre's course registrations, a Koh Tao dive
school's students, a Nha Trang dive centre's course customers, a Giżycko sailing school's course participants and a
Stavanger diving club's members, one organisation per table, eight with English column names and seven in Canadian
French, Greek (Greek names and values), Turkish, Thai (Thai names and values), Vietnamese, Polish and Norwegian; SSN,
SIN, ΑΜΚΑ, Hawaii driver licences, Medicare numbers, passports, Egyptian national IDs, MyKad, NIK, Barbados national
registration numbers, RAMQ numbers, the personal ΑΦΜ, Greek identity cards, T.C. Kimlik No., the Thai PIN, CCCD,
PESEL, fødselsnummer, Working with Children Checks and skipper patents, cards, IBANs, IPs and a LINE id; waiver,
member, booking, receipt, invoice, KID and payment numbers failing those checks, diving certification numbers, hull
identification numbers, cylinder serials, dive-site coordinates and custom fields with and without personal data as
decoys; written blind),
``--set v131`` scores
:mod:`benchmarks.classification.heldout_v131` (15 tables of ski schools, ski-pass sales, mountain guides and alpine
huts: a Stowe ski school's instructor onboarding, a Wānaka ski area's season pass web shop, a Canmore mountain guiding
company's client trips, an Eastern Cape ski school's enrolments, a Fort William mountain resort's gondola and lift
ticket orders, a Summit County resort's COBOL employee and dependant pass extract, a Santiago ski area's lift pass
sales feed as a staging table, a Mount Hotham ski club lodge's member spreadsheet, a Pinzgau alpine club section's hut
reservations, a Val Gardena ski school's course enrolments, a Pralognan-la-Vanoise mountain guides' bureau's course
bookings, a Kamnik alpine society's hut overnight register, a Hakuba ski school's lesson bookings, a Pyeongchang
resort's season pass sales and an Encamp ski area's season passes, one organisation per table, eight with English
column names and seven in Austrian German, South Tyrolean Italian, French (Savoie), Slovenian, Japanese (Japanese
script names and values), Korean (Hangul names and values) and Andorran Catalan; SSN, South African ID numbers,
RUT, passports, codice fiscale, NIR, EMŠO, foreign guests' document numbers, Korean RRN, Andorran NRT, cards, IBANs
and IPs; employee, enrolment, receipt, file and invoice numbers failing those checks, SKUs, keycard, pass and lift
ticket numbers, tracking numbers, practitioners' numbers, gate and trailhead coordinates and custom fields with and
without personal data as decoys; written blind),
``--set v132`` scores
:mod:`benchmarks.classification.heldout_v132` (15 tables of wineries' clubs, breweries, cellar doors and wine-club
subscriptions: a Dundee Hills winery's wine club members, a Tanunda cellar door's tasting bookings, a
Niagara-on-the-Lake winery's club shipments, a Stellenbosch wine estate's wine club debit orders, a Faversham brewery
taproom's web shop orders, a Milwaukee brewery's COBOL retiree beer allowance extract, a Khao Yai winery's cellar door
visitors as a staging table, a Marlborough winery's wine club in an Access database, a Colchagua Valley winery's club
members, a Douro quinta's wine club subscriptions, a Bamberg brewery's beer subscription customers, a Lavaux wine
cellar's club members, a Langhe cantina's wine club members, a Tokaj winery's wine club members and a Kakheti
marani's wine club members, one organisation per table, eight with English column names and seven in Chilean Spanish,
European Portuguese, German, Swiss French, Italian, Hungarian and Georgian (Georgian script names and values); SSN,
South African ID numbers, the Thai PIN, passports, driver licences of age checks, RUT, NIF, cartão de cidadão, German
identity card numbers, AVS numbers, codice fiscale, the Hungarian tax identification and TAJ numbers, Hungarian
identity cards, Georgian personal numbers, cards, IBANs, IPs and a portal login; member, debit order, receipt,
invoice, order and file numbers failing those checks, SKUs, tracking numbers, card tokens, staff permit numbers,
vineyard coordinates and custom fields with and without personal data as decoys; written blind),
``--set v133`` scores
:mod:`benchmarks.classification.heldout_v133` (15 tables of laundries, dry cleaners, tailors and shoe-repair shops: a
Chattanooga laundromat's wash-and-fold delivery subscribers, a Twin Cities dry-cleaning chain's COBOL payroll extract,
a Curepipe dry cleaner's customer accounts, a Colombo tailor's measurement orders, a Kuching laundry's orders, an
Adelaide shoe-repair and key-cutting counter's jobs, a Hong Kong laundry pick-up app's orders as a staging table, a
Hamilton (Bermuda) tailor's client spreadsheet, an Arnhem industrial laundry's staff, a Białystok dry cleaner's damage
claims, a Kayseri dry cleaner's orders, a Salmiya laundry's delivery orders, a Makassar kilo-wash laundry's
transactions, a Marikina shoe-repair shop's job orders and a Mombasa tailor's orders, one organisation per table,
eight with English column names and seven in Dutch, Polish, Turkish, Arabic (Arabic names and values), Indonesian,
Tagalog and Swahili; SSN, Mauritian and Sri Lankan NICs, MyKad, driver licences, HKID, BSN, PESEL, T.C. Kimlik No.,
Kuwaiti civil IDs, NIK, senior citizen and PWD IDs, Kenyan ID numbers and KRA PINs, cards, IBANs, IPs and logins;
order, receipt, invoice, staff and e-archive numbers failing those checks, bag tags, fabric SKUs, key system and
locker numbers, routing numbers, QRIS references, M-Pesa codes, locker coordinates, app versions, hashes, shops'
addresses, phones, e-mails and tax numbers and custom fields with and without personal data as decoys; written
blind),
``--set v134`` scores
:mod:`benchmarks.classification.heldout_v134` (15 tables of tax-free shopping, VAT refund services and duty-free
retailers: a Niagara land-border duty-free operator's employee roster, a Singapore central GST refund counter's claims
of Western Australian visitors, an Auckland airport duty-free pre-order web shop's orders, a Parañaque duty-free
mall's balikbayan arrival purchases, a Queensland tourist refund scheme app's claims, an El Paso sales-tax refund
office's COBOL extract of Mexican visitors' claims, a Taipei VAT refund kiosk's feed as a staging table, a Zermatt
watch boutique's tax-free export forms flattened to dotted keys, a Shinsaibashi drugstore's tax-free sales records, a
Jeju duty-free shop's domestic travellers' purchases, a Haikou offshore duty-free store's purchases and pick-ups, a
Phuket jewellery shop's VAT refund forms and tour guides, a Nội Bài airport duty-free shop's loyalty members, a
Pulkovo duty-free operator's loyalty members and a Prague airport duty-free shop's loyalty members, one organisation
per table, eight with English column names and seven in Japanese (Japanese script), Korean (Hangul), simplified
Chinese, Thai (Thai script), Vietnamese, Russian (Cyrillic) and Czech; SIN, passports, TFN, Philippine TINs, CURP,
border crossing cards, Korean RRN, the Chinese resident identity number, the Thai PIN, CCCD, Russian passports and
personal INN, rodné číslo, cards, IBANs and IPs; employee, invoice, order and receipt numbers failing those checks, UEN,
ABN, UBN, the Swiss UID, corporate and business numbers, SKUs, EAN barcodes, watch serials, guide licences, kiosk
coordinates and custom fields with and without personal data as decoys; written blind),
``--set v135`` scores
:mod:`benchmarks.classification.heldout_v135` (15 tables of retail banking: a Milwaukee community bank's deposit
account applications, a Belfast card issuer's card service requests, an Inverness building society's branch
appointments, a Durban bank's safe-deposit box rentals, a Penang co-operative bank's personal financing applications,
a Scranton bank's COBOL payroll master of its own staff, an Adelaide bank's complaints as a staging table, a Toronto
neobank's identity verification webhooks flattened to dotted keys, an Erzgebirge savings bank's payroll master data, a
Bordeaux mutual bank's customer complaints, a Valencia credit co-operative's consumer loan applications, a Łódź
co-operative bank's card operations, a Sendai regional bank's account opening applications, a Patras bank's branch
appointments and an İzmir bank's safe-deposit box rentals, one organisation per table, eight with English column names
and seven in German, French, Spanish, Polish, Japanese (Japanese script), Greek (Greek script) and Turkish; SSN,
National Insurance numbers, South African ID numbers, MyKad, TFN, SIN and CRS tax numbers of several countries in one
column, Ontario driving licences, Steuer-ID, Rentenversicherungsnummer, DNI/NIE, PESEL, Polish identity cards, My
Number, AMKA, AFM, Greek identity cards, T.C. kimlik numbers beside foreigners' passports, cards, IBANs and IPs;
application, contract, booking and agreement numbers failing those checks, masked PANs, plastic SKUs, tracking and
parcel numbers, routing numbers, BSBs, key serials, branches' addresses, phones and coordinates, merchants' NIP,
employers' corporate numbers, SDK versions and custom fields with and without personal data as decoys; written
blind),
``--set v136`` scores
:mod:`benchmarks.classification.heldout_v136` (15 tables of telecom operators and internet providers: a south-west
Montana fixed-wireless provider's subscriber accounts, an Otago fibre retailer's installation visits, a Nottingham
mobile retailer's handset finance agreements, a Lagos operator's NIN-SIM linkage records, an Adelaide internet
provider's call-centre tickets, a north-east Iowa telephone cooperative's COBOL billing extract, a Hyderabad broadband
provider's KYC as a staging table, a Manitoba carrier's roaming pass purchases flattened from JSON to dotted keys, a
Bari-area fibre operator's installation visits, a Belo Horizonte provider's subscriber invoices, a Utrecht MVNO's
number porting requests, a Malmö operator's handset instalment agreements, a Brno provider's subscriber contracts, a
Novosibirsk operator's SIM registrations and a Fukuoka MVNO's number porting applications, one organisation per
table, eight with English column names and seven in Italian, Brazilian Portuguese, Dutch, Swedish, Czech, Russian
(Cyrillic names and values) and romanized Japanese (Japanese values); SSN, the SNILS, GB driving licences encoding
the surname and birth date, the Nigerian NIN and passports of West African visitors, Aadhaar, PAN, codice fiscale,
CPF, Dutch, Belgian, German and Polish identity documents in one column, personnummer, rodné číslo, Czech identity
cards, Russian and Central Asian passports in one column, personal INN, Japanese driving licences, cards, IBANs,
domestic bank accounts and IPs; account, ticket, contract, invoice and order numbers failing those checks, IMEIs and
ICCIDs, partita IVA, CNPJ, orgnr, IČO and OGRN of shops and contractors, tower and cell coordinates, birth dates as
dates, text, ``YYYYMMDD`` numbers and year, month and day columns, and custom fields with and without personal data
as decoys; written blind),
``--set v137`` scores
:mod:`benchmarks.classification.heldout_v137` (15 tables of health insurance and clinics: an Albuquerque health
plan's members and policies, a Durban GP and dental clinic group's bookings, a Glasgow occupational health provider's
health surveillance checks, a Kuala Lumpur private hospital's inpatient admissions, a Perth pharmacy group's
dispensing history, a Minnesota dental plan's COBOL claims extract, a Tel Aviv clinic network's intake feed as a
staging table (Hebrew values), a Vancouver group benefits insurer's claims flattened to dotted keys, an Aarhus health
insurer's claims, a Linz occupational health centre's examinations, a Liège mutualité's members, a Córdoba clinic's
appointments, a Porto laboratory's test requisitions, a Lviv dental clinic's treatment plans and a Wrocław medical
subscription provider's members, one organisation per table, eight with English column names and seven in Danish,
Austrian German, Belgian French, Argentine Spanish, European Portuguese, Ukrainian (Cyrillic names and values) and
Polish; SSN, South African ID numbers, CHI and NI numbers, MyKad, Singapore NRIC, Indonesian NIK and passports in one
column, Medicare card numbers and IHI, Teudat Zehut, BC PHN, SIN, CPR, the Austrian VSNR, NISS, DNI and CUIL, NIF,
cartão de cidadão and SNS numbers, РНОКПП, PESEL, cards, IBANs, IPs and a portal login; dates of birth as dates, text,
YYYYMMDD integers and day, month and year columns; policy, payroll, form and patient card numbers failing those
checks, claim, booking and guarantee letter numbers, NPIs, CVR, UID and NIP numbers, branch coordinates, app versions,
hashes, employers' and clinics' names, addresses and phones and custom fields with and without personal data as
decoys; written blind),
``--set v138`` scores
:mod:`benchmarks.classification.heldout_v138` (15 tables of e-commerce marketplaces and online retail: a Portland
handmade-goods marketplace's sellers' 1099-K tax profiles, a Leeds pick-up point network's parcel collections, an
Alberta outdoor retailer's loyalty app members, a Cape Town payment gateway's chargeback cases, a Melbourne online
liquor delivery's customer service tickets, an Eau Claire catalogue retailer's COBOL extract of credit customers, a
Bengaluru marketplace's seller onboarding CRM as a staging table, a Singapore marketplace's product review events
flattened to dotted keys, a Leipzig online fashion retailer's returns, a Groningen electronics web shop's pick-ups and
pay-later purchases, an Aarhus furniture web shop's deliveries and instalments, a Brno parcel pick-up network's
hand-overs, an İzmir online home-textile shop's orders and e-archive invoices, a Thessaloniki electronics chain's
loyalty club and a Fukuoka flea-market app's seller identity verification, one organisation per table, eight with
English column names and seven in German, Dutch, Danish, Czech, Turkish, Greek (Greek script) and Japanese (Japanese
script); SSN, South African ID numbers, PAN, Aadhaar, CNP, PESEL, DNI and codice fiscale in one pick-up network's ID
column, Dutch passport and identity card numbers, CPR, rodné číslo, T.C. kimlik numbers, ΑΦΜ, driver licences,
cards, IBANs and IPs; order, invoice, e-archive, form and ticket numbers failing those checks, ARNs, parcel and cargo
numbers, SKUs, Luhn and EAN loyalty card numbers, routing numbers, EIN, GSTIN, UEN, CVR and VKN, pick-up points'
addresses, postcodes, phones and coordinates and custom fields with and without personal data as decoys; written
blind),
``--set v139`` scores
:mod:`benchmarks.classification.heldout_v139` (15 tables of human resources and recruiting: an Idaho trucking company's
applicant tracking system, a Halifax software company's interview scheduling, a Cork food processor's payroll run
lines, a Durban retailer's sick leave register, a Leeds engineering consultancy's travel expense claims (abbreviated),
a Lehigh Valley school district's COBOL employee master and benefits extract, a Shah Alam electronics plant's
onboarding feed as a staging table, a Pilbara mining contractor's training records flattened to dotted keys, a
Vénissieux manufacturer's works-council election voter list, a Dalmine metalworking firm's payslips, a Riba-roja
logistics company's sick leave records, a Lower Silesian logistics centre's safety training register, a Gothenburg
contractor's company cars and drivers, a Kazan company's personnel cards and a Kariya auto-parts supplier's applicants
and CVs, one organisation per table, eight with English column names and seven in French, Italian, Spanish, Polish,
Swedish, Russian (Cyrillic names and values) and romanized Japanese (Japanese values); SSN, PPSN, National Insurance
numbers, the Spanish social-security number, SNILS, South African IDs and foreign passports in one column, MyKad and
passports in one column, CDL and high risk work licences, USI, codice fiscale, DNI and NIE in one column, PESEL,
personnummer, Russian passports and the personal INN, Japanese residence cards, cards, IBANs, IPs and a portal login;
application, payroll batch, sick-leave report, certificate and order numbers failing those checks, meeting ids, vote
credentials, hashes, SKUs, number plates, training-site coordinates, employers' registration numbers and custom fields
with and without personal data as decoys; dates of birth as DATE, YYYYMMDD integers, local and era text and split
parts; written blind),
``--set v140`` scores
:mod:`benchmarks.classification.heldout_v140` (15 tables of energy and water utilities: a Tucson-area water utility's
start, stop and transfer requests, a Christchurch electricity retailer's solar buy-back contracts, an Inverness energy
supplier's prepayment support cases, a KwaZulu-Natal metropolitan municipality's disconnection list for arrears, a
Cork gas network's field service job sheets, a Louisville water company's COBOL extract of move-in and move-out
orders, a Bengaluru distribution company's rooftop solar net-metering applications as a staging table, a Selangor
water operator's customer app profiles flattened to dotted keys, a Goiânia water and sewage company's disconnection
orders, a Thurgau municipal utility's solar feed-in contracts, a Hermosillo water agency's account register with
arrears, a Romagna multi-utility's move-in and closure requests, a Kempen grid operator's budget meter placements, a
Poltava district heating company's subscribers in arrears and a Hokuriku water supply authority's start and stop
applications, one organisation per table, eight with English column names and seven in Brazilian Portuguese, Swiss
German, Mexican Spanish, Italian, Flemish, Ukrainian (Cyrillic names and values) and Japanese (kanji and kana); SSN,
National Insurance and AHV numbers, Arizona driver licences, IRD numbers, South African ID numbers, Aadhaar, PAN,
MyKad, passports, CPF, RG, CURP, RFC, codice fiscale, the Belgian national register number, РНОКПП, Ukrainian
passports and foreign owners' Steuer-ID, codice fiscale and NIF, IBANs, a bank account and IPs; dates of birth as
DATE, text, era dates, ``YYYYMMDD`` integers and day, month and year parts; account and application numbers failing
those checks, supply points (ICP, MPAN, GPRN, POD, PDR, EAN), meters, SKUs, tracking numbers, hashes, versions,
coordinates, contractors', installers' and managers' names, phones and business numbers and custom fields with and
without personal data as decoys; written blind),
``--set v141`` scores
:mod:`benchmarks.classification.heldout_v141` (15 tables of universities and student administration: a Montana state
university's graduate school applications, an Edinburgh university's incoming exchange students, a Halifax
university's residence room assignments, a Nairobi private university's bursary and scholarship disbursements, a
Melbourne university's library and ID card issue desk, a south Mississippi community college's federal student aid
ISIR extract as a COBOL file, a Kuala Lumpur private university's examination results feed as a staging table, a
Cork university alumni office's CRM export flattened to dotted keys, a Würzburg student services organisation's
BAföG applications, a Besançon CROUS's student social files, a Pavia university's exam records, a Wrocław technical
university's admissions candidates, a Brno technical university library's readers, a Thessaloniki university's
outgoing Erasmus students and a Sendai national university's tuition fee exemption applications, one organisation
per table, eight with English column names and seven in German, French, Italian, Polish, Czech, Greek (Greek script)
and Japanese (kanji and katakana); SSN, SIN, PPSN, NIR and ΑΜΚΑ, passports, home-country identifiers of six
countries in one column, Kenyan ID numbers and KRA PINs, USI, MyKad, Steuer-ID, INE and numéro fiscal, codice
fiscale, PESEL and Polish identity cards, rodné číslo, ΑΦΜ and Greek identity cards, My Number and IBANs; dates of
birth as DATE, text, ``YYYYMMDD`` integers and split parts; application, deposit, slip and protocol numbers failing
those checks, student, matricola, card, barcode, ISIC and receipt numbers, M-Pesa codes, ISBNs, hashes, tracking
numbers, coordinates, versions, institutions' names and phones and custom fields with and without personal data as
decoys; written blind),
``--set v142`` scores
:mod:`benchmarks.classification.heldout_v142` (15 tables of property management and real-estate agencies: a Richmond
property manager's tenants and leases, a Leeds letting agency's viewings, a Winnipeg property manager's rental
applications, a Durban-north rental agency's deposit register, a Brisbane property manager's tenancies and bond
lodgements, a Pittsburgh property management company's arrears as a COBOL extract, a Dublin owners' management
company's parking space licences as a staging table, a Wellington property management app's maintenance requests
flattened to dotted keys, a Valencia administrador de fincas' community-fee receipts, a Porto estate agency's viewings,
a Rotterdam housing manager's rent arrears, a Malmö landlord's maintenance requests, an Odense landlord's deposits and
move-outs, a Kazan managing company's service charges and parking spaces and an Ataşehir residential complex's dues
and parking, one organisation per table, eight with English column names and seven in Spanish, European Portuguese,
Dutch, Swedish, Danish, Russian (Cyrillic) and Turkish; SSN, SIN, South African ID numbers and neighbouring countries'
passports, driver licences, DNI/NIE, NIF, Cartão de Cidadão, CPF, BSN, personnummer, CPR, SNILS, personal INN,
Russian passports, T.C. kimlik numbers, cards and IBANs, birth dates as DATE, text, ``YYYYMMDD`` integers and split
parts; ledger, application, trust, dossier, case, report, contract and subscriber numbers failing those checks, CIF,
NIPC, ABN, CVR, organisation numbers, company INN and VKN, plates, parking spaces, hashes, depot coordinates and
custom fields with and without personal data as decoys; written blind),
``--set v143`` scores
:mod:`benchmarks.classification.heldout_v143` (15 tables of parcel couriers and logistics: a Jersey City same-day
courier's shipments, a Halifax parcel locker network's pick-ups, a Bristol courier's damage claims, a Johannesburg
courier's cash-on-delivery collections, a Melbourne courier's age-verified liquor deliveries, an Indianapolis parcel
carrier's COBOL extract of walk-in shipper accounts, a Delhi express courier's import KYC for customs as a staging
table, a Dublin returns platform's events flattened from JSON to dotted keys, a Vienna parcel hub's seasonal sorting
staff, a Montreal courier's customs declarations of private importers, a Medellín courier's cash-on-delivery waybills,
a Curitiba carrier's reverse logistics, a Łódź courier's damage claims, a Lviv delivery company's hand-outs at
branches and parcel lockers and a Fukuoka light-cargo company's subcontracted owner-drivers, one organisation per
table, eight with English column names and seven in Austrian German, Canadian French, Colombian Spanish, Brazilian
Portuguese, Polish, Ukrainian (Cyrillic names and values) and romanized Japanese; SSN, South African ID numbers,
Victorian driver licences, PAN, Aadhaar, the Austrian SV number, cédulas, CPF, PESEL, Ukrainian and Belarusian
documents, the РНОКПП, My Number, Japanese driving licences, IBANs and IPs; waybill, claim, badge and form numbers
failing those checks, tracking numbers, SKUs, NF-e keys, hashes, delivery coordinates, locker PINs, pick-up codes,
app versions, senders' and shops' names, phones and tax numbers and custom fields with and without personal data as
decoys; written blind),
``--set v144`` scores
:mod:`benchmarks.classification.heldout_v144` (15 tables of motor, home, travel and life insurance: a Cork motor
insurer's quotes and policyholders, a Calgary usage-based insurer's telematics trips, an Inverness home insurer's
claim notifications and loss adjusters, a Nairobi life insurer's beneficiary register, an Adelaide motor insurer's
third parties and witnesses, a Hartford life insurer's premium ACH drafts as a COBOL extract, a Petaling Jaya motor
quote comparison site's requests as a staging table, a Centurion travel insurer's policy events flattened from JSON
to dotted keys, a Hanover motor insurer's claims with claimants, witnesses and appraisers, a Zaragoza insurer's
exclusive agents, a Verona agency's home insurance SEPA direct debit mandates, a Zwolle loss adjusting bureau's
assignments, an Ostrava insurer's motor third-party liability contracts, an Uppsala insurer's travel claims and a
Sendai life insurer's policy ledger, one organisation per table, eight with English column names and seven in
German, Spanish, Italian, Dutch, Czech, Swedish and romanized Japanese (kanji and katakana values); SSN, Irish,
Alberta and South Australian driver licences, Kenyan ID numbers and KRA PINs, Malaysian NRIC, South African ID
numbers and passports, DNI/NIE, codice fiscale, BSN, rodné číslo and Czech identity cards, personnummer, My Number,
IBANs, cards, domestic bank accounts and IPs, dates of birth as DATE, local text, ``YYYYMMDD`` integers, split parts
and the Japanese era calendar; policy, certificate, quote, contract, dossier, agent and claim numbers failing those
checks, plates, VINs, trip coordinates, device ids, hashes, routing numbers, card last four digits, insurers',
brokers', adjusters' and repairers' names and phones and custom fields with and without personal data as decoys;
written blind),
``--set v145`` scores
:mod:`benchmarks.classification.heldout_v145` (15 tables of hotels, airline frequent-flyer programmes and car rental: a
Newquay hotel group's guest registration cards, an Ottawa car-rental franchise's rental agreements, a Cairns regional
airline's frequent-flyer tier history, a Jaipur heritage hotel's guest register with Form C details, a Queenstown car
rental's counter staff roster, a Tulsa car rental's damage recovery COBOL extract, a Kuala Lumpur hotel group's
loyalty members as a staging table, a Singapore airline's frequent-flyer events flattened from JSON to dotted keys, a
Nice hotel's reservations, a Funchal hotel group's guest complaints, a Zakopane hotel's registration cards, a
Billund airport car rental's damage reports, an İzmir airline's mileage members and tiers, a Heraklion car rental's
agreements and a Sochi resort hotel's front-desk staff, one organisation per table, eight with English column names
and seven in French, European Portuguese, Polish, Danish, Turkish, Greek (Greek script) and Russian (Cyrillic);
SSN, SNILS, passports of many countries, driving licences, Aadhaar, PAN, IRD numbers, MyKad, Singapore NRIC and FIN,
NIF, Cartão de Cidadão, PESEL and Polish identity cards, CPR, T.C. kimlik numbers, ΑΦΜ and Greek identity cards,
personal INN and Russian passports, IBANs, cards in clear and an NZ bank account; dates of birth as DATE, text,
``YYYYMMDD`` integers and split parts; agreement, registration, claim, employee, member, reservation, complaint and
report numbers failing those checks, business tax numbers, VINs, member numbers, OTA relay e-mails, hashes,
coordinates, versions and custom fields with and without personal data as decoys; written blind),
``--set v146`` scores
:mod:`benchmarks.classification.heldout_v146` (15 tables of primary and secondary schools and childcare: a Ballarat
out-of-school-hours care service's session bookings, an Edmonton Catholic school division's bus rider registrations,
a Norfolk multi-academy trust's single central record of staff vetting, an Ibadan secondary school's WASSCE candidate
entries, a Sligo post-primary school's absence marks, an Iowa educator licensing board's COBOL extract of licence
holders, a Coimbatore school's fee and canteen wallet payments as a staging table, a Bloemfontein early childhood
development centre's enrolments flattened from JSON to dotted keys, a Mendoza private school's pupil files, a
Florianópolis private school's re-enrolments, a Trento-area comune's school canteen payments, a St. Gallen
childminding association's care contracts, a Jönköping school health service's visits, a Hradec Králové gymnasium's
entrance examination applications and a Matsuyama nursery's child register, one organisation and country per table,
eight with English column names and seven in Argentine Spanish, Brazilian Portuguese, Italian, Swiss German, Swedish,
Czech and Japanese (Japanese-script names and values); SSN, PPSN, National Insurance numbers, AHV numbers, Medicare
and Centrelink numbers, Alberta student numbers, teacher reference numbers, passports, NIN, Aadhaar and PAN, South
African ID numbers, DNI and CUIL, CPF, codice fiscale, personnummer, rodné číslo and My Number, cards, IBANs, CBUs and
IPs; dates of birth as DATE, text in local forms and the Japanese era calendar, ``YYYYMMDD`` integers and split
parts; application, receipt, invoice, protocol, referral and payment numbers failing those checks, DBS certificate
and criminal-record extract numbers, exam candidate numbers, payment references, hashes, bus stop coordinates,
schools', academies', districts', practices' and employers' names and phones and custom fields with and without
personal data as decoys; written blind),
``--set v147`` scores
:mod:`benchmarks.classification.heldout_v147` (15 tables of telecom operators and their customers: a mobile
operator's Mbarara office's SIM registrations with NIRA checks, a Davao retailer network's SIM registrations, a
Gqeberha cellular store franchise's RICA registrations, a Kumasi operator's SIM re-registrations linked to the Ghana
Card, a Limerick broadband retailer's installation appointments, a southern West Virginia telephone company's COBOL
extract of postpaid contracts and ACH drafts, a Penang reload kiosk network's prepaid top-ups as a staging table, a
Moncton device protection administrator's claims flattened from JSON to dotted keys, a Tours phone shop's handset
sales, a Ghent provider's direct-debit contracts, a Wrocław operator's prepaid SIM registrations, a Bursa dealer's
number porting requests, an Aarhus operator's device insurance and roaming claims, a Kazan broadband provider's
installation requests and a Kanazawa carrier shop's contract applications, one organisation and country per table,
eight with English column names and seven in French, Dutch, Polish, Turkish, Danish, Russian (Cyrillic names and
values) and romanized Japanese; SSN, SNILS, Ugandan NIN, PhilSys and other Philippine documents, South African ID
numbers, Ghana Card PINs, MyKad, Belgian national numbers and eID cards, PESEL and Polish identity cards, T.C. kimlik,
CPR, Russian passports, French identity documents and Japanese driving licences, cards, IBANs, domestic accounts and
IPs; dates of birth as DATE, text in local forms, ``YYYYMMDD`` integers and split parts; ICCIDs, IMSIs, IMEIs, ONT
serials and MACs, references, account, claim, case and application numbers failing those checks, business tax numbers
passing theirs, shops', outlets', depots' and dealers' names and phones, agent coordinates and custom fields with and
without personal data as decoys; written blind),
``--set v148`` scores
:mod:`benchmarks.classification.heldout_v148` (15 tables of ride-hailing, food-delivery and courier platforms: a Leeds
food-delivery app's rider onboarding, a Winnipeg delivery app's customers and saved addresses, a Galway taxi dispatch
app's lost property reports, a Christchurch ride-hailing operator's safety incidents, a Hobart courier's
proof-of-delivery scans, a Milwaukee courier company's contractor background checks as a COBOL extract, a Pune
bike-taxi app's captain KYC feed as a staging table, a Durban e-hailing app's trip events flattened from JSON to
dotted keys, a Leipzig courier subcontractor's drivers, a Santiago delivery platform's restaurant partners, a Curitiba
motorcycle courier app's deliveries, a Bologna food-delivery app's refund requests, a Larissa radio taxi
cooperative's drivers, a Brno parcel locker network's pickups and a Kobe taxi company's lost-and-found register, one
organisation and country per table, eight with English column names and seven in German, Chilean Spanish, Brazilian
Portuguese, Italian, Greek (Greek script), Czech and Japanese (Japanese-script names and values); National Insurance
numbers, SSN, German pension numbers and AMKA, DVLA, SPSV, New Zealand, Tasmanian, Wisconsin, Maharashtra, German and
Greek driving licences, Aadhaar and PAN, South African ID numbers, Steuer-ID, RUT, CPF, codice fiscale, AFM, Greek and
Czech identity cards, IBANs, domestic accounts, UPI handles and PIX keys and IPs; dates of birth as DATE, text in
local forms and the Japanese era calendar, ``YYYYMMDD`` integers and split parts; order, incident, KYC, invoice,
contract, protocol, complaint and slip numbers failing those checks, share codes, DBS certificates, plates and taxi
permits, restaurants' RUT, addresses and phones, depots' phones, coordinates, hashes and custom fields with and
without personal data as decoys; written blind),
``--set v149`` scores
:mod:`benchmarks.classification.heldout_v149` (15 tables of gyms, fitness studios, climbing halls, yoga studios and
physiotherapy practices: a Hobart climbing gym's waiver signatures, a Saskatoon corporate wellness provider's employee
sign-ups, a Leicestershire gym chain's failed direct debits, a Nelson Mandela Bay health club group's membership
contracts and cancellations, a Nelson personal-training studio's session log, a Pittsburgh outpatient physical
therapy network's COBOL referral and billing extract, an Indore gym chain's gateway payments as a staging table, a
Mombasa fitness app's guest-pass events flattened from JSON to dotted keys, a Tours yoga studio's subscriptions and
cancellations, a Västerås climbing hall's turnstile passages, an Arnhem physiotherapy practice's referrals, a Lublin
fitness club's membership contracts, an Eskişehir pilates studio's registrations and health declarations, an Odense
fitness centre's rejected Betalingsservice collections and a Larissa gym's health questionnaires, one organisation and
country per table, eight with English column names and seven in French, Swedish, Dutch, Polish, Turkish, Danish and
Greek (Greek-script names and values); SSN, Medicare MBI, South African ID numbers, Aadhaar, Kenyan ID numbers,
personnummer, BSN, PESEL, T.C. kimlik, CPR, ΑΜΚΑ and ΑΦΜ, cards, IBANs, domestic bank accounts, UPI handles and IPs;
dates of birth as DATE, local text forms, ``YYYYMMDD`` integers and split parts; contract, claim, declaration,
booking, member, reference and certificate numbers failing those checks, NPIs, mandate references, M-PESA
references, hashes, venue coordinates, health answers, clubs', insurers' and employers' names and phones and custom
fields with and without personal data as decoys; written blind),
``--set v150`` scores
:mod:`benchmarks.classification.heldout_v150` (14 tables of electricity, water and gas suppliers and network
operators: a Kilkenny supplier's Priority Services Register, a Newcastle (NSW) retailer's life support registrations,
a Plymouth water company's hardship fund awards, a Sudbury distributor's outage reports, a middle Georgia electric
membership corporation's COBOL extract of payment arrangements, an Enugu distribution company's prepaid vending feed
as a staging table, a Cebu distribution utility's app service requests flattened from JSON to dotted keys, a Kassel
metering operator's smart meter gateway installations, a Vélez-Málaga water company's move-in and move-out requests, a
Bari retailer's arrears payment plans, an Olomouc trader's solar feed-in contracts, a Luleå network's outage
compensation claims, a Sendai gas supplier's safety inspection visits and a Thessaloniki water company's arrears
settlements and vulnerable customers, one organisation and country per table, seven with English column names and
seven in German, Spanish, Italian, Czech, Swedish, Japanese (Japanese-script names and values) and Greek (Greek-script
names and values); PPSN, SSN, National Insurance numbers, Centrelink CRNs, Nigerian NINs, Philippine identity
documents, DNI and NIE, codice fiscale, rodné číslo, personnummer, ΑΦΜ and ΑΜΚΑ, a card kept in clear, IBANs,
domestic bank accounts, logins and IPs; dates of birth as DATE, local text forms, the Japanese era calendar and
``YYYYMMDD`` integers; supply points (MPRN, NMI, Messlokation, PDR, POD, EAN, anläggnings-id), meters, account,
arrangement, case and contract numbers failing those checks, priority-services categories, business numbers with check
digits, contractors', practices' and agencies' names and phones, coordinates, hashes and custom fields with and
without personal data as decoys; written blind),
``--set v151`` scores
:mod:`benchmarks.classification.heldout_v151` (15 tables of electric-vehicle charging networks and parking operators:
a Tauranga charging network's charge card subscriptions, a Halifax utility contractor's company vehicle assignments, a
Milton Keynes installer's home charger installations, a Durban office park's car park season tickets, a Galway
council's residents' parking permit applications, a Milwaukee parking enforcement office's COBOL citation and appeal
extract, a Pune charging app's gateway payments as a staging table, a Perth roaming hub's charging detail records
flattened from JSON to dotted keys, a Nantes charge point operator's subscriptions and badges, a Porto parking
company's residents' permits, a Wrocław parking zone's surcharge notices and appeals, an İzmir charging operator's
members, an Aalborg firm's company cars and their drivers, a Utrecht installer's home charge points and a
Yekaterinburg car park's season tickets, one organisation and country per table, eight with English column names and
seven in French, European Portuguese, Polish, Turkish, Danish, Dutch and Russian (Cyrillic names and values); IRD
numbers, SIN, South African ID numbers, PPSN, SSN, Aadhaar, PAN, NIF, Cartão de Cidadão, PESEL, T.C. kimlik, CPR,
personal INN and SNILS, a Danish driving licence and Russian passports, cards, IBANs, domestic bank accounts, a UPI
handle and IPs; dates of birth as DATE, local text forms, ``YYYYMMDD`` integers and split parts; citation, case,
process, notice, session, contract and order numbers failing those checks, SIRET, NIP, VKN and CVR passing theirs,
plates, RFID uids, MPANs, EAN codes, contract ids, site coordinates and custom fields with and without personal data
as decoys; written blind),
``--set v152`` scores
:mod:`benchmarks.classification.heldout_v152` (14 tables of mortgages, conveyancing and real-estate agencies: a
Tauranga mortgage adviser's loan applications with co-borrowers and guarantors, a Townsville conveyancing firm's
settlements, an Exeter estate agency's anti-money-laundering checks of buyers, a Halifax landlord's rental deposits
and tenant screening, an Omaha title and escrow company's COBOL closing extract, a Kochi home-loan agent's leads as a
staging table, a Stellenbosch conveyancing attorney's transfer files flattened from JSON to dotted keys, a Querétaro
notary's deeds of sale, a Padua notary's deeds with mortgages, a Linz property manager's rental deposits and tenant
checks, an Örebro estate agent's bidding logs, an Ostrava mortgage broker's applications, an Okayama property
company's housing-loan applications and a Vinnytsia notary's land and flat transfer filings, one organisation and
country per table, seven with English column names and seven in Mexican Spanish, Italian, Austrian German, Swedish,
Czech, romanized Japanese and Ukrainian (Cyrillic names and values); SSN, SIN, IRD numbers, NI numbers, SA ID
numbers, PAN, Aadhaar, CURP, RFC, codice fiscale, SVNr, personnummer, rodné číslo, My Number and RNOKPP, cards,
IBANs, domestic accounts and IPs; dates of birth as DATE, local text forms, ``YYYYMMDD`` integers and split parts;
application, screening, order, lead, invoice, deposit, assignment, contract and register numbers failing those checks,
cadastral keys, title and deed references, property coordinates, lenders', firms' and employers' names and phones,
hashes and custom fields with and without personal data as decoys; written blind),
``--set v153`` scores
:mod:`benchmarks.classification.heldout_v153` (14 tables of car dealerships, vehicle leasing, auto finance and used-car
marketplaces: an Athlone dealership's trade-in appraisals with previous keepers, a Kelowna auto finance company's
applications with co-signers, a Swindon dealership group's test-drive bookings with licence checks, a Geelong
salary-packaging firm's novated lease contracts, a Knoxville auto lender's COBOL repossession extract, a Johor Bahru
used-car classifieds site's private sellers as a staging table, a Lucknow dealership's service and warranty bookings
flattened from JSON to dotted keys, a Clermont-Ferrand dealership's finance files, an Eindhoven private-lease
company's contracts, a Rzeszów used-car dealer's purchases from private sellers, a Kolding dealer's workshop and
warranty customers, a Konya dealership's vehicle loan applications with guarantors, a Hamamatsu used-car dealer's
trade-in ledger and a Patras leasing company's lessees and repossessions, one organisation and country per table,
seven with English column names and seven in French, Dutch, Polish, Danish, Turkish, Japanese (kanji and katakana
names and values) and Greek (Greek script names and values); SSN, SIN, PPS numbers, NIR, AMKA, TFN, MyKad, PAN, BSN,
PESEL, Polish identity cards, CPR, T.C. kimlik, My Number, ΑΦΜ and driving licences, cards, IBANs, domestic accounts
and IPs; dates of birth as DATE, local text forms, ``YYYYMMDD`` integers and split parts; appraisal, deal, contract,
order, listing, job card, file, application and repo order numbers failing those checks, ABN, GSTIN, SIRET, NIP, CVR,
VKN and ΑΦΜ passing theirs, plates, VINs, chassis numbers, models, lenders', employers' and showrooms' names, phones
and addresses and custom fields with and without personal data as decoys; written blind),
``--set v154`` scores
:mod:`benchmarks.classification.heldout_v154` (14 tables of immigration, visas and citizenship: a Perth migration
agent's client intake, a Winnipeg consultancy's provincial nominee and permanent residence applications, a Birmingham
law firm's Skilled Worker sponsorship cases, a Limerick solicitor's residence permission renewals, a Newark law firm's
COBOL petition extract, a Jalandhar study-visa consultancy's leads as a staging table, a Durban immigration
practitioner's visa files flattened from JSON to dotted keys, a Zug relocation agency's permit applications, a
Curitiba consultancy's Italian citizenship files with sworn translations, a Córdoba law office's residence filings, a
Brno agency's employee card applications, a Nagoya administrative scrivener's residence applications, a Kazan
migration centre's work patents and a Gothenburg relocation firm's work permits, one organisation and country per
table, seven with English column names and seven in Swiss German, Brazilian Portuguese, Argentine Spanish, Czech,
romanized Japanese, Russian (Cyrillic names and values) and Swedish; passports, UCI, A-numbers, BRP, ZEMIS and
residence card numbers, TFN, SIN, NI numbers, PPSN, SSN, ITIN, Aadhaar, PAN, SA ID numbers, AHV, CPF, RG, DNI, CUIL,
rodné číslo, My Number, INN, SNILS and personnummer, cards, IBANs, domestic accounts and IPs; dates of birth as DATE,
local text forms, ``YYYYMMDD`` integers and split parts; file, application, case, order, protocol, procedure,
contract and assignment numbers failing those checks, visa grant, CoS, receipt, I-94, patent and migration card
numbers, EIN, UID, IČO, company INN and organisationsnummer passing theirs, sponsors' and employers' names and
phones, biometrics centres' coordinates and custom fields with and without personal data as decoys; written blind),
``--set v155`` scores
:mod:`benchmarks.classification.heldout_v155` (14 tables of identity verification, e-signature and KYC vendors: a
Dublin identity verification vendor's document sessions with selfie and liveness results, an Adelaide online wine
shop's age checks at checkout, a Leeds e-signature platform's envelopes, signers and witnesses, a Calgary remote
notarization service's video identity calls, a Sioux Falls bureau's COBOL extract of address verification letters, a
Kuala Lumpur eKYC vendor's MyKad verifications as a staging table, a Tallinn eIDAS wallet provider's onboarding
records flattened from JSON to dotted keys, a Lecce registration authority's qualified signature certificates, a Liège
online gaming operator's player checks and device fingerprints, a Ghent e-signing platform's signers, a Wrocław
video-identification vendor's calls, an Ankara qualified certificate provider's applications, a Thessaloniki e-money
institution's remote onboarding and a Porto digital bank's address verification letters, one organisation and country
per table, seven with English column names and seven in Italian, Belgian French, Belgian Dutch, Polish, Turkish, Greek
(Greek script) and European Portuguese; PPSN, SSN, SIN, NI numbers, MyKad, isikukood, codice fiscale (also behind a
``TINIT-`` prefix), Belgian national and eID card numbers, PESEL and Polish identity cards, T.C. kimlik, AMKA and ΑΦΜ,
NIF and Cartão de Cidadão, passports and licences in multi-document columns, a card kept in clear, IBANs, a domestic
account, a login and IPs; dates of birth as DATE, local text forms, ``YYYYMMDD`` integers and split parts; order,
session, case, file, application, request and process numbers failing those checks, ABN, ABA, partita IVA,
enterprise numbers, NIP and VKN passing theirs, face match and liveness results, device fingerprints, user agents,
certificate serials, document hashes, SKUs, tracking numbers and custom fields with and without personal data as
decoys; written blind),
``--set v156`` scores
:mod:`benchmarks.classification.heldout_v156` (14 tables of emergency departments, ambulance services and
non-emergency patient transport: a Limerick patient transport provider's bookings, a Hobart ambulance service's patient
care records, a Sunderland emergency department's triage and attendances, a Winnipeg paramedic service's frequent
caller program, a Billings air ambulance's COBOL mission billing extract, a Penang private ambulance's call-taking and
dispatch log as a staging table, a Gqeberha private ambulance's hospital handovers flattened from JSON to dotted keys,
a Murcia company's non-urgent transfers, a Brescia emergency department's accesses, a Lublin ambulance service's
medical rescue cards, a Sundsvall health region's booked patient journeys, an Eskişehir emergency department's
admissions, a Heraklion private ambulance's transfers and a Tomsk private medical transport company's contracts, one
organisation and country per table, seven with English column names and seven in Spanish, Italian, Polish, Swedish,
Turkish, Greek (Greek script) and Russian (Cyrillic names and values); PPSN, SIN, SSN, AMKA and SNILS, Medicare, NHS,
PHIN, DVA, tarjeta sanitaria and OMS numbers, MyKad, SA ID numbers, DNI and NIE, codice fiscale, PESEL,
personnummer, T.C. kimlik, ΑΦΜ, personal INN and Russian passports, a card kept in clear, IBANs, a domestic account, a
login and IPs; dates of birth as DATE, local text forms, ``YYYYMMDD`` integers and split parts; booking, case,
attendance, claim, service, card, protocol, voucher and contract numbers failing those checks, NIP, organisationsnummer,
VKN and OGRN passing theirs, triage categories, complaints and ICD-10 codes, callsigns, plates and tail numbers, scene
coordinates, hospitals', GP practices' and agencies' names and phones and custom fields with and without personal data
as decoys; written blind),
``--set v157`` scores
:mod:`benchmarks.classification.heldout_v157` (14 tables of online gaming, esports and live-streaming platforms: a
Dundee esports organisation's rosters and prize payouts, a Vancouver live-streaming platform's creators' payout
profiles and tax forms, a Melbourne game platform's moderation reports, bans and appeals, a Wellington LAN party's
tournament registrations, a Columbus payment processor's COBOL chargeback extract, a Bangkok esports league's
registrations as a staging table, a Cork parental-controls app's family links flattened from JSON to dotted keys, a
Cologne esports club's squad contracts and prize money, a Nantes streaming platform's streamers' payouts and tax
forms, a Recife esports team's fan-shop orders, a Groningen gaming platform's player accounts with age checks, a
Plzeň LAN tournament's registrations, a Sendai game company's parental controls and a Lviv streaming platform's
moderation complaints and appeals, one organisation and country per table, seven with English column names and seven
in German, French, Brazilian Portuguese, Dutch, Czech, romanized Japanese (kanji and katakana values) and Ukrainian
(Cyrillic names and values); NI numbers, UTR, SIN, IRD numbers, Thai ID numbers, Steuer-ID, NIR, numéro fiscal, CPF,
BSN, rodné číslo and RNOKPP, identity cards, a card kept in clear, IBANs, domestic accounts, gamertags, handles and
logins, and IPs; dates of birth as DATE, local text forms (Buddhist and Japanese era years among them), ``YYYYMMDD``
integers and split parts; payout, statement, payment, order, ticket, contract, slip, customer, application and
complaint numbers and variable symbols failing those checks, business numbers, SIRET, CNPJ and IČO passing theirs,
acquirer reference and tracking numbers, SKUs, cards' last four digits, device hashes, sponsors', merchants' and
carriers' names and phones and custom fields with and without personal data as decoys; written blind),
``--set v158`` scores
:mod:`benchmarks.classification.heldout_v158` (14 tables of cryptocurrency exchanges, wallets and crypto ATMs: a
Victoria exchange's customer onboarding and KYC tiers, a Christchurch wallet app's withdrawals to external addresses,
a Nottingham OTC desk's trades, a Hobart crypto ATM operator's cash-ins with phone verification, a Tulsa crypto
broker's COBOL Form 1099-DA extract, an Indore exchange's login sessions and API keys as a staging table, a Gqeberha
crypto asset service provider's travel-rule transfers flattened from JSON to dotted keys, an Odense exchange's
suspicious activity reviews, a Monterrey exchange's onboarding with KYC levels, a Bologna tax service's crypto capital
gains reports, a Łódź crypto exchange office's OTC cash trades, an Eskişehir exchange's withdrawal requests, a Sendai
exchange's login history and API keys and a Heraklion crypto ATM operator's cash-ins, one organisation and country per
table, seven with English column names and seven in Danish, Mexican Spanish, Italian, Polish, Turkish, Japanese
(kanji and katakana names and values) and Greek (Greek script names and values); SIN, IRD numbers, NI numbers, SSN,
PAN, SA ID numbers, CPR, CURP, RFC, INE voter keys, codice fiscale, PESEL and Polish identity cards, T.C. kimlik, My
Number, ΑΦΜ, AMKA and Greek identity cards, Medicare numbers, passports and licences, a card kept in clear, IBANs,
domestic accounts, a login and IPs; dates of birth as DATE, local text forms, ``YYYYMMDD`` integers and split parts;
case, request, order, message, document, folio and receipt numbers failing those checks, UTR, ABN, EIN, LEI, CVR,
partita IVA and NIP passing theirs, wallet addresses, transaction hashes, API key ids and secrets' hashes, user
agents, ATM sites with their coordinates and custom fields with and without personal data as decoys; written blind),
``--set v159`` scores
:mod:`benchmarks.classification.heldout_v159` (14 tables of courts' jury management, witness services and victim
support: a Cork court office's jury summonses and excusal requests, an Adelaide courts administration's juror payments,
a Norfolk witness care unit's bookings with special measures, a Kelowna victim services program's referrals, a Wichita
district court's COBOL extract of protection-from-abuse petitions, a Pune legal services authority's legal-aid means
tests as a staging table, a Durban court interpreting service's bookings flattened from JSON to dotted keys, an
Eindhoven victim support office's registrations, an Aarhus district court's lay-juror summonses and exemption
requests, a Brno free legal aid desk's requests with a means test, a Bari court's interpreter assignments and fees, a
Kayseri courthouse victim and witness support office's records, a Kanazawa district court's lay-judge candidates and
a Poltava court's restraining order applications, one organisation and country per table, seven with English column
names and seven in Dutch, Danish, Czech, Italian, Turkish, Japanese (kanji and katakana names and values) and
Ukrainian (Cyrillic names and values); PPSN, TFN, NI numbers, SIN, SSN, PAN, Aadhaar, SA ID numbers, BSN, CPR, rodné
číslo and Czech identity cards, codice fiscale, T.C. kimlik, My Number and RNOKPP, a BC licence, a juror's payment
card kept in clear, IBANs, domestic accounts, a login and IPs; dates of birth as DATE, local text forms, ``YYYYMMDD``
integers and split parts; panel, batch, file, tracking, application, case, registration, proceeding and summons
numbers failing those checks, ABN, IČO and partita IVA passing theirs, police and prosecution references, courts
with their phones and coordinates and custom fields with and without personal data as decoys; written blind),
``--set v160`` scores
:mod:`benchmarks.classification.heldout_v160` (14 tables of hairdressers, tattoo studios, piercing and cosmetic
clinics: a Waterford tattoo studio's artists' rota and commissions, a Norwich salon group's allergy patch tests, a
Kamloops medical aesthetics clinic's screening before injectables, a Ballarat tattoo and piercing studio's deposits and
no-show fees, a Boise salon chain's COBOL loyalty card master, an Ipoh aesthetic clinic's enquiry leads as a staging
table, a Bloemfontein piercing studio's aftercare follow-ups flattened from JSON to dotted keys, a Salzburg
hairdressing chain's staff rota and commissions, a Rennes aesthetic medicine practice's questionnaires before
injections, an Alicante tattoo studio's consents with age checks and healing follow-ups, a Lublin piercing studio's
consents with parents' consent for minors, a Sundsvall hairdressing chain's loyalty members and no-show fees, a
Kanazawa eyelash salon's patch tests and a Larissa beauty institute's gift vouchers, one organisation and country per
table, seven with English column names and seven in Austrian German, French, Spanish, Polish, Swedish, romanized
Japanese (kanji and katakana values) and Greek (Greek script names and values); PPSN, NHS numbers, BC Personal Health
Numbers, MyKad numbers, SA ID numbers, SVNr, NIR, DNI and NIE, PESEL, personnummer and ΑΦΜ, Idaho licences, cards
kept in clear, IBANs, a domestic account, logins and IPs; dates of birth as DATE, local text forms, ``YYYYMMDD``
integers and split parts; payroll, patch-test, chart, invoice, member, lead, payslip, file, order and reception
numbers failing those checks, ABN, CIF, NIP, organisationsnummer, corporate numbers and a shop's ΑΦΜ passing theirs,
product lots, SKUs, tracking numbers, cards' last four digits, signature hashes, app versions, the studio's
coordinates, salons', studios' and surgeries' names and phones and custom fields with and without personal data as
decoys; written blind),
``--set v161`` scores
:mod:`benchmarks.classification.heldout_v161` (14 tables of shipping lines' crew management, ferry passenger manifests
and port security: an Oban ferry operator's passenger and vehicle manifests, a Nanaimo ferry operator's crew
certificates, a Port Hedland port security office's MSIC applications, a Rosslare port security team's stowaway
incidents, a Norfolk (Virginia) shipping line's COBOL wage allotment extract, a Semarang manning agency's seafarer
records as a staging table, a Richards Bay occupational health practice's seafarer medicals flattened from JSON to
dotted keys, a Funchal shipping company's seafarers, an Olbia ferry line's boarding manifest, an Antwerp terminal's
port access badges, a Frederikshavn ferry company's crew medical certificates, a Mersin ship agency's crew changes and
visas, a Novorossiysk crewing agency's seafarers and a Buenos Aires tug company's wage allotments to families, one
organisation and country per table, seven with English column names and seven in European Portuguese, Italian,
Belgian Dutch, Danish, Turkish, Russian (Cyrillic names and values) and Argentine Spanish; SIN, PPSN, SSN, NIK, NPWP,
SA ID numbers, NIF, Cartão de Cidadão, NISS, codice fiscale, rijksregisternummer, eID card numbers, CPR, T.C. kimlik,
personal INN, SNILS, DNI and CUIL, passports, discharge books, seafarer's identity documents, certificates of
competency and visas, cards, an IBAN, domestic accounts, a CBU alias, logins and IPs; dates of birth as DATE, local
text forms, ``YYYYMMDD`` integers and split parts; payroll, reference, incident, control, registration, certificate,
process, badge, request, contract and paperwork numbers failing those checks, IMO numbers, ABN, ABA and KBO numbers
passing theirs, plates, trailer numbers, booking codes, flights, vessels, hauliers, employers and clinics with their
phones and custom fields with and without personal data as decoys; written blind),
``--set v162`` scores
:mod:`benchmarks.classification.heldout_v162` (14 tables of fertility clinics, egg and sperm donation, surrogacy
agencies and IVF laboratories: a Wollongong fertility clinic's IVF cycles, an Ottawa surrogacy agency's surrogates'
expense claims, a Hull fertility clinic's egg and sperm donor register, a Kota Kinabalu IVF centre's couples' register,
a Nashville fertility benefits administrator's COBOL claims extract, an Anand IVF hospital's enquiries as a staging
table, an Umhlanga egg donor agency's donor profiles flattened from JSON to dotted keys, a Dresden fertility centre's
treatment contracts, a Szczecin clinic's in vitro patients, a Linköping clinic's donor register, a Nagoya clinic's egg
retrieval cycles, a Volos clinic's surrogacy case files, a Ribeirão Preto clinic's cryopreservation contracts and a Zlín
centre's IVF cycles, one organisation and country per table, seven with English column names and seven in German,
Polish, Swedish, Japanese (kanji and kana names and values), Greek (Greek script names and values), Brazilian Portuguese
and Czech; Medicare numbers, Ontario health numbers and licences, NHS numbers, passports and DVLA licences, MyKad
numbers, SSN, Aadhaar, PAN, SA ID numbers, Krankenversichertennummer, German and Polish identity cards, PESEL,
personnummer, My Number, AMKA, ΑΦΜ, Greek identity cards, CPF, RG, rodné číslo and Czech identity cards, cards kept in
clear, IBANs, domestic accounts, logins and IPs; dates of birth as DATE, local text forms, Japanese era dates,
``YYYYMMDD`` integers and split parts; cycle, claim, sample, control, lead, contract, card, reception, protocol and
donation numbers failing those checks, NPI, EIN, REGON, organisationsnummer, CNPJ and IČO passing theirs, donor and
surrogate codes, court decision numbers, drugs, tracking codes, hashes, a clinic's coordinates, app versions, clinics,
practices, banks' and insurers' names and phones and custom fields with and without personal data as decoys; written
blind),
``--set v163`` scores
:mod:`benchmarks.classification.heldout_v163` (14 tables of religious pilgrimages and faith travel, parish registers,
church charities and diocesan offices: a Bradford Hajj and Umrah operator's pilgrim bookings, a Guelph Camino walking
tour operator's pilgrims, a Wollongong diocesan safeguarding office's volunteer screening, a Tuam diocesan Lourdes
pilgrimage's bookings, a Lubbock Catholic Charities office's COBOL emergency assistance extract, a Kota Bharu Umrah
operator's pilgrims as a staging table, a Mangaluru Holy Land tour operator's registrations flattened from JSON to
dotted keys, a Vannes diocesan hospitalité's Lourdes registrations, a Morelia parish's baptism register, a Kampen
diaconate's emergency support requests, a Malatya mufti office's Hajj registrations, a Yaroslavl diocesan pilgrimage
service's pilgrims, a Tokushima henro tour operator's participants and a Treviso Caritas listening centre's guests, one
organisation and country per table, seven with English column names and seven in French, Mexican Spanish, Dutch,
Turkish, Russian (Cyrillic names and values), romanized Japanese (kanji and katakana values) and Italian; PPSN, SSN,
NIR and SNILS, MyKad, Aadhaar, PAN, CURP, BSN, T.C. kimlik, personal INN, codice fiscale, passports, Russian internal
passports, visas, a Working With Children Check clearance, driving licences and residence permits, cards, IBANs, a
Tabung Haji account, logins and IPs; dates of birth as DATE, local text forms (among them ``12 de marzo de 2024`` and
``1952年5月12日``), ``YYYYMMDD`` integers and split parts; booking, screening, case, registration, invoice, file,
certificate folio, application, voucher and shop card numbers failing those checks, ABN, SIRET, RSIN and Japanese
corporate numbers passing theirs, e-tickets, packages, routes, hotels, parishes, referrers, bus companies and GPs'
surgery phones and custom fields with and without personal data as decoys; written blind),
``--set v164`` scores
:mod:`benchmarks.classification.heldout_v164` (14 tables of alarm monitoring centres, locksmiths, private security
guard firms and key-holding services: a Norwich key-holding company's alarm call-outs, a Palmerston North locksmith's
job sheets, a Wollongong guard firm's licensed officers, a Waterford alarm receiving centre's subscribers and
keyholders, a Spokane alarm monitoring company's COBOL subscriber extract, a Madurai guard agency's recruits as a
staging table, a Kuching digital-lock installer's service jobs flattened from JSON to dotted keys, a Vejle key-holding
service's key customers, a Villach guard firm's security staff, a Bydgoszcz agency's alarm monitoring subscribers, a
Liberec locksmith's emergency door openings, a Vinnytsia security company's remote monitoring contracts, a Volos
security company's guards and a Trois-Rivières monitoring centre's subscribers and responders, one organisation and
country per table, seven with English column names and seven in Danish, Austrian German, Polish, Czech, Ukrainian
(Cyrillic names and values), Greek (Greek script names and values) and Canadian French; TFN, SSN, Aadhaar, PAN, EPF
UAN, MyKad, CPR, SVNr, PESEL, Polish identity cards, rodné číslo, RNOKPP, AMKA, ΑΦΜ and SIN, SIA, NSW and Greek
security licences, NZ driver licences, passports and identity documents, cards, IBANs, domestic accounts, a login and
IPs; dates of birth as DATE, local text forms, ``YYYYMMDD`` integers and split parts; call-out, job, employee, signal,
control, candidate, invoice, agreement, service, contract, order and register numbers failing those checks, GST, ABN,
Irish VAT, ABA, CVR, UID, NIP, REGON, IČO, EDRPOU, company ΑΦΜ and business numbers and communicators' IMEIs passing
theirs, key tags, police references, alarm permits, plates, SKUs, lock serials and MACs, code hashes, app versions,
patrol checkpoints' coordinates, installers, guarded sites and Garda stations with their phones and custom fields with
and without personal data as decoys; written blind),
``--set v165`` scores
:mod:`benchmarks.classification.heldout_v165` (14 tables of clinical trials, contract research organisations and
biobanks: a Nottingham phase I unit's healthy volunteer screening with consent, a Kelowna research site's participant
stipends and travel reimbursements, a Newcastle (NSW) trials unit's adverse event reports, a Gqeberha research site's
randomisation and visit log, an Omaha biorepository's COBOL donor master file, a Chiang Mai CRO's participant payments
as a staging table, a Kisumu site's electronic consent records flattened from JSON to dotted keys, a Pavia biobank's
donors and sample custody, a Pamplona CRO's investigators and study coordinators, a Linköping trial unit's screening
log, an Eskişehir research centre's participant visits, a Kazan research centre's adverse events, a Kanazawa trial
site's burden-reduction payments and a Ghent phase I unit's recruitment advert respondents, one organisation and
country per table, seven with English column names and seven in Italian, Spanish, Swedish, Turkish, Russian (Cyrillic
names and values), Japanese (Japanese script names and values) and Belgian Dutch; NHS numbers, National Insurance
numbers, SIN, BC PHN, Medicare, South African ID numbers, SSN, Thai PINs, codice fiscale, DNI and NIE, personnummer,
T.C. kimlik, INN, SNILS, My Number and rijksregisternummer, medical college numbers, passports, cards, IBANs, domestic
accounts, logins and a LINE ID, and IPs; dates of birth as DATE, local text forms (among them Buddhist-era years and
the Japanese era calendar), ``YYYYMMDD`` integers and split parts; screening, claim, safety report, contract,
referral, protocol registration, payment receipt and candidate file numbers failing those checks, ABN, partita IVA,
CIF, organisation numbers, VKN, OGRN, Japanese corporate numbers and tablets' IMEIs passing theirs, pseudonymised
participant and donor codes, MedDRA codes, kits, freezer positions, signature hashes, sponsors, hospitals, collection
centres and a GP's phone and custom fields with and without personal data as decoys; written blind),
``--set v166`` scores
:mod:`benchmarks.classification.heldout_v166` (14 tables of marathons, triathlons, cycling sportives and
mass-participation sports events with their timing companies: an Aviemore events company's race entries and waiting
lists, a Mackay cycling sportive's rider entries with their bib and timing-chip assignments, a Penticton long-distance
triathlon's elite entrants with their anti-doping whereabouts and prize money, a Westport sportive's transfers,
deferrals and refunds, a Fargo timing company's COBOL extract of age-group podium payouts, a Vadodara half marathon's
registrations and charity pledges as a staging table, a Pietermaritzburg timing company's results and splits flattened
from JSON to dotted keys, a Thun city run's volunteers and marshals, a Namur trail race's transfers and refunds, an
Aveiro half marathon's charity places, an Olsztyn triathlon's entries and waiting list, a Jihlava sportive's medical
declarations and emergency contacts, a Chania road race's results and age-group podiums and a Hamamatsu timing company's
chip assignments, splits and results, one organisation and country per table, seven with English column names and seven
in Swiss German, Belgian French, European Portuguese, Polish, Czech, Greek (Greek script names and values) and romanized
Japanese (values in kanji and katakana); SIN, SSN, Aadhaar, PAN, South African ID numbers, AHV, rijksregisternummer, eID
cards, NIF, Cartão de Cidadão, PESEL, rodné číslo, Czech identity cards, AMKA, ΑΦΜ, ΑΔΤ and My Number, passports, a
card, IBANs, domestic accounts, a login, a UPI handle and IPs; dates of birth as DATE, local text forms, ``YYYYMMDD``
integers and split parts; entry, booking, athlete file, transfer, control, order, invoice, volunteer, file,
registration, transaction, application, register and receipt numbers failing those checks, ABN, ABA, UID, BCE, NIPC,
NIP, IČO and club ΑΦΜ passing theirs, federation and anti-doping numbers, bibs, timing chips, tracking numbers, SKUs,
splits and finish times, medical conditions as words, venues and marshal posts with their coordinates, clubs, charities,
sponsors and custom fields with and without personal data as decoys; written blind),
``--set v167`` scores
:mod:`benchmarks.classification.heldout_v167` (14 tables of translation and interpreting agencies, sworn translators,
court and medical interpreters and language test centres: a Derby interpreting agency's hospital bookings, a Kitchener
English test centre's candidate registrations, a Bendigo agency's freelance translator onboarding, a Napier test
centre's certificate verification requests (abbreviated), a Toledo hospital system's COBOL interpreter encounter
extract, a Nagpur test centre's candidates as a staging table, a Pietermaritzburg sworn translator's orders flattened
from JSON to dotted keys, a Randers agency's freelance fees, a Mérida perito traductor's certified translation orders, a
Fortaleza agency's register of freelance translators, a Dortmund court interpreter pool's assignments, a Dnipro bureau's
notarised translations, a Strasbourg hospital interpreting service's missions and a Samsun exam centre's candidates, one
organisation and country per table, seven with English column names and seven in Danish, Mexican Spanish, Brazilian
Portuguese, German, Ukrainian (Cyrillic names and values), French and Turkish; NHS numbers, TFN, SSN, Aadhaar, PAN,
South African ID numbers, CPR, CURP, RFC, CPF, PIS/PASEP, Steuer-ID, RNOKPP, NIR, T.C. kimlik and foreigners' numbers,
NAATI practitioner numbers, passports, licences and identity documents, cards, IBANs, domestic accounts, a login and
IPs; dates of birth as DATE, local text forms, ``YYYYMMDD`` integers and split parts; referral, test taker, contractor,
verification, control, candidate, order, contract, folio, protocol, invoice and mission numbers and application
numbers failing those checks, CVR, CNPJ and SIRET passing theirs, MRNs, IPPs, court file numbers, test report forms,
scores, hashes, masked cards, tracking numbers, SKUs, versions, hospital coordinates, hospitals, courts, agents and
clients with their addresses and custom fields with and without personal data as decoys; written blind),
``--set v168`` scores
:mod:`benchmarks.classification.heldout_v168` (14 tables of agriculture and farm labour: a Ledbury soft-fruit farm's
seasonal pickers and their caravan hostel beds, a Stanthorpe labour-hire contractor's PALM workers, a Norfolk County
housing office's SAWP arrivals and bunkhouses, a Bandon livestock mart's sale entries with keepers (abbreviated), a
Delano farm labor contractor's COBOL crew pay extract, a San Quintín recruiter's pickers as a staging table, a Los Ríos
fund's small farmers' grant applications flattened from JSON to dotted keys, a Zambrów dairy co-operative's milk
payments, a Lleida pickers' hostel, a Horst aan de Maas labour-hire agency's placements and housing, a Miyakonojō cattle
movement register with keepers, a Karditsa office's farm subsidy applications, a Kroměříž co-operative's machinery
rentals and a Haderslev vet practice's herd visits, one organisation and country per table, seven with English column
names and seven in Polish, Spanish, Dutch, romanized Japanese, Greek (Greek script names and values), Czech and Danish;
NI numbers, TFN, SIN, Ontario health numbers, PPSN, SSN, ITIN, CURP, RFC, IMSS NSS, RUT, PESEL, Polish identity cards,
DNI, NIE, NAF, BSN, My Number, ΑΦΜ, AMKA, rodné číslo, CPR, passports, licences and identity documents, cards, IBANs,
domestic accounts, a login and IPs; dates of birth as DATE, local text forms, the Japanese era calendar, ``YYYYMMDD``
integers and split parts; payroll, employee, housing file, settlement, control, folio, invoice, hostel file, placement,
receipt, protocol, contract and journal numbers failing those checks, ABN, business numbers, ABA, CIF, NIP, IČO and CVR
passing theirs, herd, holding, CHR and property roll numbers, ear tags and animals' birth dates, hashes, tracking
numbers, SKUs, versions, farm coordinates, farms, growers and co-operatives with their addresses and custom fields with
and without personal data as decoys; written blind),
``--set v169`` scores
:mod:`benchmarks.classification.heldout_v169` (14 tables of flight schools, pilot licensing, drone operator
registration, airport security badges, hangars, aviation medical examiners and an air show: a Nelson flight school's
student pilot enrolments and medicals, a Darwin drone school's remote pilot register, a Newquay airport's ID pass
applications with their background checks, an Ennis aviation medical examiner's appointments (abbreviated), a Prescott
airport's COBOL hangar lease extract, a Bhopal flying school's cadets as a staging table, a George air show's
volunteers flattened from JSON to dotted keys, a Saint-Jean-sur-Richelieu flight school's checkrides, a Tyrolean drone
school's operator and remote pilot register, a Visby flying club's hangar leases, a Jesolo air show's volunteers, a
Kaluga aero club's student pilots, a Kayseri airport's ID card applications and a Kumamoto aviation medical clinic's
appointments, one organisation and country per table, seven with English column names and seven in Canadian French,
Austrian German, Swedish, Italian, Russian (Cyrillic names and values), Turkish and Japanese (Japanese script names
and values); IRD, SSN, PPSN, NI numbers, Aadhaar, PAN, South African ID numbers, NAS, SVNr, personnummer, codice
fiscale, INN, SNILS, T.C. kimlik, pilot and remote pilot licences, passports and identity documents, cards, IBANs,
domestic accounts, a login, a UPI handle and IPs; dates of birth as DATE, local text forms, ``YYYYMMDD`` integers and
split parts; enrolment, booking, application, appointment, control, order, accreditation, file, course, agreement,
badge, contract and receipt numbers failing those checks, ABN, ABA, UID, orgnr, partita IVA, VKN and
corporate numbers passing theirs, aircraft and drone registrations, UAS operator numbers, background check references,
ID pass numbers, medical classes and restrictions, tracking numbers, SKUs, hashes, versions, air-show posts with their
coordinates, employers with their addresses and custom fields with and without personal data as decoys; written
blind),
``--set v170`` scores
:mod:`benchmarks.classification.heldout_v170` (14 tables of elderly care: care homes, home-care agencies, day centres
and meals on wheels: a Colwyn Bay home-care agency's visits and carers' rota, a Duluth meals-on-wheels service's
delivery stops with key box codes, a Fredericton care operator's safeguarding referrals, a Letterkenny day centre's
transport bookings (abbreviated), a Bundaberg aged care provider's COBOL care fee invoice extract, a Mysuru home nursing
agency's bookings as a staging table, an East London care home's medication rounds flattened from JSON to dotted keys,
a Londrina long-stay home's admissions, Horsens municipality's care assessment decisions, a Ternopil social services
centre's home visits, an Aguascalientes day centre's attendance and transport, a Passau care home's admissions, a
Dijon meals-on-wheels service's rounds and a Castelo Branco residential home's medication plan, one organisation and
country per table, seven with English column names and seven in Brazilian Portuguese, Danish, Ukrainian (Cyrillic
names and values), Mexican Spanish, German, French and European Portuguese; NHS numbers, Medicare numbers and MBIs,
SIN, PPSN, CRN, Aadhaar, PAN, South African ID numbers, CPF, RG, CNS, CPR, RNOKPP, CURP, NSS, INE voter keys,
Steuer-ID, pension insurance and identity card numbers, NIR, NIF, Cartão de Cidadão, SNS and NISS numbers, passports
and identity documents, a card, IBANs, domestic accounts, a login, a UPI handle and IPs; next of kin, attorneys,
guardians, payers, reporters, alleged persons and GPs; dates of birth as DATE, local text forms, a Spanish long form,
``YYYYMMDD`` integers and split parts; visit, case, referral, trip, invoice control, booking, batch, record, file,
folio, contract, beneficiary and process numbers failing those checks, CNPJ, CVR, EDRPOU, SIRET and NIPC passing
theirs, key safe codes, medical aid numbers, diets, medicines and mobility aids as words, clock-in coordinates,
surgeries, pharmacies, caterers and custom fields with and without personal data as decoys; written blind),
``--set v171`` scores
:mod:`benchmarks.classification.heldout_v171` (14 tables of libraries, archives and museums: a Stroud library
service's members with their loans, holds and fines, a Wagga Wagga regional library's inter-library loan requests, a
Timaru museum's school group bookings with their teachers, a Tralee county archive's reading-room registrations with
identity checks (abbreviated), a Peoria museum's COBOL extract of donors of objects and collections, a Melaka state
library's members and holds as a staging table, a Kimberley genealogical society's family-history research requests
flattened from JSON to dotted keys, a Leuven city library's reservations and fines, a Zamość state archive's
reading-room registrations and genealogical queries, a Ravenna museum's friends' memberships, an Östersund county
museum's donors, a Kavala museum's volunteers, a Kütahya public library's loans and late fines and a Zacatecas
historical archive's researcher registrations, one organisation and country per table, seven with English column
names and seven in Belgian Dutch, Polish, Italian, Swedish, Greek (Greek script names and values), Turkish and Mexican
Spanish; SSN and AMKA, MyKad, South African ID numbers, rijksregisternummer, eID card numbers, PESEL, Polish identity
cards, codice fiscale, personnummer, ΑΦΜ, Greek identity cards, T.C. kimlik, CURP, INE voter keys, a personal RFC,
passports and driving licences, a card, IBANs, a domestic account, a login and IPs; parents and guardians, parent
helpers, appraisers, joint donors, second holders, previous owners, emergency contacts and fathers' names; ancestors'
names, surnames and places (the dead keep their labels); dates of birth as DATE, local text forms, a Spanish long
form, ``YYYYMMDD`` integers and split parts; member, ticket, request, invoice, control, membership, card, deed of gift
and credential numbers failing those checks, ISBNs, ISSNs, ABN, IRD (GST), KBO, REGON, partita IVA, organisation
numbers and VKN passing theirs, years of death, graves' coordinates, medical alerts as words, barcodes, accession and
inventory numbers, tracking numbers, SKUs, hashes, versions, schools with their addresses and custom fields with and
without personal data as decoys; written blind),
``--set v172`` scores
:mod:`benchmarks.classification.heldout_v172` (14 tables of debt collection, bailiffs and insolvency practitioners:
a Wolverhampton enforcement agency's visits, an Invercargill collection agency's payment plans with income and
expenditure, a Rockhampton trustee's creditor claims, a Dundalk collection agency's call log (abbreviated), a Fort Wayne
law firm's COBOL wage garnishment extract, a Kuantan agency's trace searches as a staging table, a Polokwane
attorneys' judgments and emolument attachment orders flattened from JSON to dotted keys, an Oldenburg Inkasso's claims
and garnishments, a Zlín bailiff's wage deductions, a Limoges commissaire de justice's services and seizures, an
Uberlândia collections company's payment agreements, a Næstved Inkasso's debtor cases and budgets, a Yaroslavl
collection agency's interactions with debtors and a Toyama servicer's collection records, one organisation and country
per table, seven with English column names and seven in German, Czech, French, Brazilian Portuguese, Danish, Russian
(Cyrillic names and values) and romanized Japanese; National Insurance numbers, IRD, TFN, PPSN, SSN, MyKad, South
African ID numbers, Steuer-ID, rodné číslo, NIR, numéro fiscal, CPF, RG, CPR, INN, SNILS, My Number, passports,
licences and identity cards, a card, IBANs, domestic accounts, a login and IPs; third parties, partners, spouses,
mothers, private creditors, next of kin and guarantors; dates of birth as DATE, local text forms, the Japanese era
calendar, ``YYYYMMDD`` integers and split parts; case, file, claim, account, control, invoice, contract, receipt and
agreement numbers failing those checks, ABN, USt-IdNr., IČO, SIREN, CNPJ, CVR, company INN and corporate numbers
passing theirs, plates, hashes, coordinates, creditors, employers, courts and custom fields with and without personal
data as decoys; written blind),
``--set v173`` scores
:mod:`benchmarks.classification.heldout_v173` (14 tables of matchmaking agencies, dating apps' trust and safety
teams, wedding planners, marriage registrars and honeymoon bookings: a Chester introduction agency's client profiles
with identity checks, a Launceston dating app's reports against members, a Coral Coast resort's honeymoon bookings, a
Mullingar registrar's marriage notifications (abbreviated), a Reno county clerk's COBOL marriage licence extract, a
Kanpur matrimonial site's profiles as a staging table, a Whanganui wedding planner's guest RSVPs flattened from JSON
to dotted keys, a Haro wedding planner's couples, a Zhytomyr registry office's marriage-in-a-day applications, a
Takamatsu dating app's age checks and reports, an Évora travel agency's honeymoons, a Kielce matchmaking agency's
clients, an Ellmau wedding hotel's guest registration forms and a Sherbrooke celebrant's ceremonies, one
organisation and country per table, seven with English column names and seven in Spanish, Ukrainian (Cyrillic names
and values), Japanese (Japanese script names and values), European Portuguese, Polish, Austrian German and Canadian
French; PPSN, SSN, Aadhaar, EPIC, DNI, NIE, RNOKPP, NIF, Cartão de Cidadão, PESEL, Polish identity cards, passports,
driving licences and identity documents, cards, IBANs, a domestic account, logins, dating-app and UPI handles and
IPs; parents, witnesses, officiants, partners, plus-ones, referrers and reported members; dates of birth as DATE,
local text forms, Japanese era dates, ``14 Mar 1994``, ``YYYYMMDD`` integers and split parts; membership, case,
notification, control, order, booking, quote, application, receipt, file, contract and registration numbers failing
those checks, CIF and NIPC passing theirs, dietary needs as words, venue coordinates, event dates and custom fields
with and without personal data as decoys; written blind);
the metrics and the report are the same.

Builds the set into a DuckDB file, classifies every table through the public API and prints, beside issue 13's
goals: personal-data recall (goal >= 0.98) and precision (goal >= 0.90), kind accuracy (goal >= 0.92), a
per-kind table, a per-language breakdown, the business-address, NULL-heavy, decoy, abbreviated and opaque
columns, and every misclassified column (table, column, expected and given kind: names only, never a value).

How a column counts: a column is *masked* when its kind is not ``none``, or when the classifier puts it in the
``review`` state (a ``state`` field of the classification equal to ``"review"``: masked by default, issue 13).
Recall and precision are about masked vs. labeled personal; kind accuracy is exact kind equality over all
columns (a review column counts for its ``kind``). The line "ssn = national_id" also counts those two kinds as
one, since which one a country's number is called is a labeling convention.

Two ways to reach the classifier, both public: ``api`` calls
``classify_table(table, columns, sample, Policy())`` with the whole table (300 rows) as the sample; ``cli`` runs
``governance-dagster classify duckdb:///FILE TABLE --json`` in this process (whatever sampling the CLI does).
``auto`` (the default) uses ``api`` when ``classify_table`` has that signature and ``cli`` otherwise.

Run from the repository root: ``python -m benchmarks.classification.heldout_v2_accuracy [--set v2|v3|...|v3|v3|v37|v38|v39|v40|v41|v42|v43|v44|v45|v46|v47|v48|v49|v50|v51|v52|v53|v54|v55|v56|v57|v58|v59|v60|v61|v62|v63|v64|v65|v66|v67|v68|v69|v70|v71|v72|v73|v74|v75|v76|v77|v78|v79|v80|v81|v82|v83|v84|v85|v86|v87|v88|v89|v90|v91|v92|v93|v94|v95|v96|v97|v98|v99|v100|v101|v102|v103|v104|v105|v106|v107|v108|v109|v110|v111|v112|v113|v114|v115|v116|v117|v118|v119|v120|v121|v122|v123|v124|v125|v126|v127|v128|v129|v130|v131|v132|v133|v134|v135|v136|v137|v138|v139|v140|v141|v142|v143|v144|v145|v146|v147|v148|v149|v150|v151|v152|v153|v154|v155|v156|v157|v158|v159|v160|v161|v162|v163|v164|v165|v166|v167|v168|v169|v170|v171|v172|v173]
[--via auto|api|cli] [--db PATH] [--json]``.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import io
import json
import os
import secrets
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

if not __package__:  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.classification import (
    heldout_v2,
    heldout_v3,
    heldout_v4,
    heldout_v5,
    heldout_v6,
    heldout_v7,
    heldout_v8,
    heldout_v9,
    heldout_v10,
    heldout_v11,
    heldout_v12,
    heldout_v13,
    heldout_v14,
    heldout_v15,
    heldout_v16,
    heldout_v17,
    heldout_v18,
    heldout_v19,
    heldout_v20,
    heldout_v21,
    heldout_v22,
    heldout_v23,
    heldout_v24,
    heldout_v25,
    heldout_v26,
    heldout_v27,
    heldout_v28,
    heldout_v29,
    heldout_v30,
    heldout_v31,
    heldout_v32,
    heldout_v33,
    heldout_v34,
    heldout_v35,
    heldout_v36,
    heldout_v37,
    heldout_v38,
    heldout_v39,
    heldout_v40,
    heldout_v41,
    heldout_v42,
    heldout_v43,
    heldout_v44,
    heldout_v45,
    heldout_v46,
    heldout_v47,
    heldout_v48,
    heldout_v49,
    heldout_v50,
    heldout_v51,
    heldout_v52,
    heldout_v53,
    heldout_v54,
    heldout_v55,
    heldout_v56,
    heldout_v57,
    heldout_v58,
    heldout_v59,
    heldout_v60,
    heldout_v61,
    heldout_v62,
    heldout_v63,
    heldout_v64,
    heldout_v65,
    heldout_v66,
    heldout_v67,
    heldout_v68,
    heldout_v69,
    heldout_v70,
    heldout_v71,
    heldout_v72,
    heldout_v73,
    heldout_v74,
    heldout_v75,
    heldout_v76,
    heldout_v77,
    heldout_v78,
    heldout_v79,
    heldout_v80,
    heldout_v81,
    heldout_v82,
    heldout_v83,
    heldout_v84,
    heldout_v85,
    heldout_v86,
    heldout_v87,
    heldout_v88,
    heldout_v89,
    heldout_v90,
    heldout_v91,
    heldout_v92,
    heldout_v93,
    heldout_v94,
    heldout_v95,
    heldout_v96,
    heldout_v97,
    heldout_v98,
    heldout_v99,
    heldout_v100,
    heldout_v101,
    heldout_v102,
    heldout_v103,
    heldout_v104,
    heldout_v105,
    heldout_v106,
    heldout_v107,
    heldout_v108,
    heldout_v109,
    heldout_v110,
    heldout_v111,
    heldout_v112,
    heldout_v113,
    heldout_v114,
    heldout_v115,
    heldout_v116,
    heldout_v117,
    heldout_v118,
    heldout_v119,
    heldout_v120,
    heldout_v121,
    heldout_v122,
    heldout_v123,
    heldout_v124,
    heldout_v125,
    heldout_v126,
    heldout_v127,
    heldout_v128,
    heldout_v129,
    heldout_v130,
    heldout_v131,
    heldout_v132,
    heldout_v133,
    heldout_v134,
    heldout_v135,
    heldout_v136,
    heldout_v137,
    heldout_v138,
    heldout_v139,
    heldout_v140,
    heldout_v141,
    heldout_v142,
    heldout_v143,
    heldout_v144,
    heldout_v145,
    heldout_v146,
    heldout_v147,
    heldout_v148,
    heldout_v149,
    heldout_v150,
    heldout_v151,
    heldout_v152,
    heldout_v153,
    heldout_v154,
    heldout_v155,
    heldout_v156,
    heldout_v157,
    heldout_v158,
    heldout_v159,
    heldout_v160,
    heldout_v161,
    heldout_v162,
    heldout_v163,
    heldout_v164,
    heldout_v165,
    heldout_v166,
    heldout_v167,
    heldout_v168,
    heldout_v169,
    heldout_v170,
    heldout_v171,
    heldout_v172,
    heldout_v173,
)
from governance_dagster.detect.classify import classify_table
from governance_dagster.policy.models import Policy

GOALS = {"recall": 0.98, "precision": 0.90, "kind_accuracy": 0.92}
NONE = "none"
#: the held-out sets, by name: each module has ``build(path)``, ``summary(tables)`` and ``DEFAULT_PATH``.
SETS = {"v2": heldout_v2, "v3": heldout_v3, "v4": heldout_v4, "v5": heldout_v5, "v6": heldout_v6, "v7": heldout_v7,
        "v8": heldout_v8, "v9": heldout_v9, "v10": heldout_v10, "v11": heldout_v11, "v12": heldout_v12,
        "v13": heldout_v13, "v14": heldout_v14, "v15": heldout_v15,
        "v16": heldout_v16, "v17": heldout_v17, "v18": heldout_v18,
        "v19": heldout_v19, "v20": heldout_v20, "v21": heldout_v21, "v22": heldout_v22,
        "v23": heldout_v23, "v24": heldout_v24, "v25": heldout_v25, "v26": heldout_v26,
        "v27": heldout_v27, "v28": heldout_v28, "v29": heldout_v29, "v30": heldout_v30, "v31": heldout_v31,
        "v32": heldout_v32, "v33": heldout_v33, "v34": heldout_v34, "v35": heldout_v35,
        "v36": heldout_v36, "v37": heldout_v37, "v38": heldout_v38,
        "v39": heldout_v39, "v40": heldout_v40,
        "v41": heldout_v41, "v42": heldout_v42,
        "v43": heldout_v43, "v44": heldout_v44,
        "v45": heldout_v45, "v46": heldout_v46,
        "v47": heldout_v47, "v48": heldout_v48,
        "v49": heldout_v49, "v50": heldout_v50,
        "v51": heldout_v51, "v52": heldout_v52,
        "v53": heldout_v53, "v54": heldout_v54,
        "v55": heldout_v55, "v56": heldout_v56, "v57": heldout_v57, "v58": heldout_v58, "v59": heldout_v59,
        "v60": heldout_v60, "v61": heldout_v61, "v62": heldout_v62, "v63": heldout_v63, "v64": heldout_v64, "v65": heldout_v65,
        "v66": heldout_v66, "v67": heldout_v67, "v68": heldout_v68, "v69": heldout_v69, "v70": heldout_v70, "v71": heldout_v71,
        "v72": heldout_v72, "v73": heldout_v73, "v74": heldout_v74, "v75": heldout_v75, "v76": heldout_v76, "v77": heldout_v77,
        "v78": heldout_v78, "v79": heldout_v79, "v80": heldout_v80,
        "v81": heldout_v81,
        "v82": heldout_v82,
        "v83": heldout_v83,
        "v84": heldout_v84,
        "v85": heldout_v85,
        "v86": heldout_v86,
        "v87": heldout_v87,
        "v88": heldout_v88,
        "v89": heldout_v89,
        "v90": heldout_v90,
        "v91": heldout_v91,
        "v92": heldout_v92,
        "v93": heldout_v93,
        "v94": heldout_v94,
        "v95": heldout_v95,
        "v96": heldout_v96,
        "v97": heldout_v97,
        "v98": heldout_v98,
        "v99": heldout_v99,
        "v100": heldout_v100,
        "v101": heldout_v101,
        "v102": heldout_v102,
        "v103": heldout_v103,
        "v104": heldout_v104,
        "v105": heldout_v105,
        "v106": heldout_v106,
        "v107": heldout_v107,
        "v108": heldout_v108,
        "v109": heldout_v109,
        "v110": heldout_v110,
        "v111": heldout_v111,
        "v112": heldout_v112,
        "v113": heldout_v113,
        "v114": heldout_v114,
        "v115": heldout_v115,
        "v116": heldout_v116,
        "v117": heldout_v117,
        "v118": heldout_v118,
        "v119": heldout_v119,
        "v120": heldout_v120,
        "v121": heldout_v121,
        "v122": heldout_v122,
        "v123": heldout_v123,
        "v124": heldout_v124,
        "v125": heldout_v125,
        "v126": heldout_v126,
        "v127": heldout_v127,
        "v128": heldout_v128,
        "v129": heldout_v129,
        "v130": heldout_v130,
        "v131": heldout_v131,
        "v132": heldout_v132,
        "v133": heldout_v133,
        "v134": heldout_v134,
        "v135": heldout_v135,
        "v136": heldout_v136,
        "v137": heldout_v137,
        "v138": heldout_v138,
        "v139": heldout_v139,
        "v140": heldout_v140,
        "v141": heldout_v141,
        "v142": heldout_v142,
        "v143": heldout_v143,
        "v144": heldout_v144,
        "v145": heldout_v145,
        "v146": heldout_v146,
        "v147": heldout_v147,
        "v148": heldout_v148,
        "v149": heldout_v149,
        "v150": heldout_v150,
        "v151": heldout_v151,
        "v152": heldout_v152,
        "v153": heldout_v153,
        "v154": heldout_v154,
        "v155": heldout_v155,
        "v156": heldout_v156,
        "v157": heldout_v157,
        "v158": heldout_v158,
        "v159": heldout_v159,
        "v160": heldout_v160,
        "v161": heldout_v161,
        "v162": heldout_v162,
        "v163": heldout_v163,
        "v164": heldout_v164,
        "v165": heldout_v165,
        "v166": heldout_v166,
        "v167": heldout_v167,
        "v168": heldout_v168,
        "v169": heldout_v169,
        "v170": heldout_v170,
        "v171": heldout_v171,
        "v172": heldout_v172,
        "v173": heldout_v173}

#: (table, db path) -> column -> (kind, state); state is "" when the classifier has no state field.
Answer = dict[str, tuple[str, str]]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _kind_state(result: Any) -> tuple[str, str]:
    """``(kind, state)`` of one classification, a dataclass-like object or a JSON dict."""
    get = result.get if isinstance(result, dict) else lambda key: getattr(result, key, None)
    kind, state = get("kind"), get("state")
    kind = getattr(kind, "value", kind)
    state = getattr(state, "value", state)
    return str(kind), "" if state is None else str(state)


def via_api(db: Path, table: str) -> Answer:
    """Classify ``table`` with ``classify_table(table, columns, sample, Policy())``, the whole table as sample."""
    schema, name = table.split(".", 1)
    with duckdb.connect(str(db), read_only=True) as con:
        types = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
            " ORDER BY ordinal_position", [schema, name]).fetchall()
        sample = con.execute(f"SELECT * FROM {_quote(schema)}.{_quote(name)}").df()
    result = classify_table(table, {c: t for c, t in types}, sample, Policy())
    return {column: _kind_state(c) for column, c in result.items()}


def via_cli(db: Path, table: str) -> Answer:
    """Classify ``table`` with ``governance-dagster classify duckdb:///DB TABLE --json``, run in this process."""
    from governance_dagster.cli import main

    # the CLI of this version may want the keyed-operator secret although classifying hashes nothing:
    # give it a throwaway random one (never printed)
    os.environ.setdefault("GOVERNANCE_SECRET", secrets.token_hex(16))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["classify", f"duckdb:///{db}", table, "--json"])
    if status != 0:
        # stderr is the CLI's own message (names, no values); show its first line only
        first = (err.getvalue().strip().splitlines() or ["no message"])[0]
        raise RuntimeError(f"governance-dagster classify {table} exited {status}: {first[:200]}")
    return {column: _kind_state(c) for column, c in json.loads(out.getvalue())["columns"].items()}


def pick(via: str) -> tuple[str, Callable[[Path, str], Answer]]:
    if via == "auto":
        params = list(inspect.signature(classify_table).parameters)
        via = "api" if params[:4] == ["table", "columns", "sample", "policy"] else "cli"
    return via, via_api if via == "api" else via_cli


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Metrics over rows of ``{expected, kind, state, ...}``."""
    personal = [r for r in rows if r["expected"] != NONE]
    masked = [r for r in rows if r["masked"]]
    caught = [r for r in personal if r["masked"]]
    same = lambda a, b: a == b or {a, b} == {"ssn", "national_id"}
    return {
        "columns": len(rows),
        "personal": len(personal),
        "masked": len(masked),
        "review": sum(r["state"] == "review" for r in rows),
        "recall": _ratio(len(caught), len(personal)),
        "precision": _ratio(len(caught), len(masked)),
        "kind_accuracy": _ratio(sum(r["expected"] == r["kind"] for r in rows), len(rows)),
        "kind_accuracy_ssn_eq_national_id": _ratio(sum(same(r["expected"], r["kind"]) for r in rows), len(rows)),
    }


def evaluate(db: Path, via: str = "auto", progress: bool = True, heldout_set: str = "v2") -> dict[str, Any]:
    """Build the set ``heldout_set`` into ``db``, classify every table and score it; JSON-serializable (names,
    kinds, counts)."""
    started = time.perf_counter()
    module = SETS[heldout_set]
    built = module.build(db)
    if progress:
        print(f"built {module.summary(built)} into {db} in {time.perf_counter() - started:.1f} s", flush=True)
    via, classify = pick(via)
    rows: list[dict[str, Any]] = []
    for table in built:
        t0 = time.perf_counter()
        answer = classify(db, table.name)
        for column in table.columns:
            kind, state = answer.get(column.name, (NONE, ""))
            rows.append({
                "table": table.name, "column": column.name, "expected": column.kind, "kind": kind, "state": state,
                "masked": kind != NONE or state == "review", "language": table.language_of(column),
                "style": table.style,
                "tags": sorted(t for t in column.tags if not t.startswith("lang:")),
            })
        if progress:
            print(f"  classified {table.name} ({len(table.columns)} columns) via {via} in "
                  f"{time.perf_counter() - t0:.1f} s", flush=True)

    per_kind = {}
    for kind in sorted({r["expected"] for r in rows} | {r["kind"] for r in rows}):
        support = [r for r in rows if r["expected"] == kind]
        given = [r for r in rows if r["kind"] == kind]
        hits = sum(r["kind"] == kind for r in support)
        per_kind[kind] = {"support": len(support), "given": len(given), "recall": _ratio(hits, len(support)),
                          "precision": _ratio(hits, len(given)),
                          "masked": sum(r["masked"] for r in support)}
    languages: dict[str, list[dict[str, Any]]] = defaultdict(list)
    tags: dict[str, list[dict[str, Any]]] = defaultdict(list)
    styles: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        languages[r["language"]].append(r)
        styles[r["style"]].append(r)
        for tag in r["tags"]:
            tags[tag].append(r)
    return {
        "via": via,
        "overall": score(rows),
        "goals": GOALS,
        "per_kind": per_kind,
        "per_language": {lang: score(rs) for lang, rs in sorted(languages.items())},
        "per_style": {style: score(rs) for style, rs in sorted(styles.items())},
        "per_tag": {tag: score(rs) for tag, rs in sorted(tags.items())},
        "misclassified": [
            {k: r[k] for k in ("table", "column", "expected", "kind", "state")}
            for r in rows if r["kind"] != r["expected"] or (r["expected"] == NONE and r["masked"])
        ],
        "seconds": round(time.perf_counter() - started, 1),
    }


def _goal(value: float | None, goal: float) -> str:
    if value is None:
        return f"goal >= {goal:.2f}"
    return f"goal >= {goal:.2f}: {'met' if value >= goal else 'NOT met'}"


def report(result: dict[str, Any], heldout_set: str = "v2") -> str:
    o = result["overall"]
    lines = [
        "",
        f"held-out set {heldout_set}: {o['columns']} columns, {o['personal']} personal; classifier reached via {result['via']}",
        f"  personal-data recall     {_fmt(o['recall'])}   ({_goal(o['recall'], GOALS['recall'])})",
        f"  personal-data precision  {_fmt(o['precision'])}   ({_goal(o['precision'], GOALS['precision'])})",
        f"  kind accuracy            {_fmt(o['kind_accuracy'])}   ({_goal(o['kind_accuracy'], GOALS['kind_accuracy'])})",
        f"  kind accuracy, ssn = national_id: {_fmt(o['kind_accuracy_ssn_eq_national_id'])}",
        f"  masked columns: {o['masked']}, of which in state review: {o['review']}",
        "",
        "per kind (masked: columns of the kind that are masked; for none, the false alarms)",
        f"{'kind':<16}{'support':>8}{'given':>7}{'recall':>8}{'precision':>11}{'masked':>8}",
    ]
    for kind, m in result["per_kind"].items():
        masked = f"{m['masked']}/{m['support']}"
        lines.append(f"{kind:<16}{m['support']:>8}{m['given']:>7}{_fmt(m['recall']):>8}{_fmt(m['precision']):>11}"
                     f"{masked:>8}")
    header = f"{'':<19}{'columns':>8}{'personal':>9}{'recall':>8}{'precision':>11}{'kind acc':>10}{'review':>8}"
    for title, group in (("language", result["per_language"]), ("naming style", result["per_style"]),
                         ("tag", result["per_tag"])):
        lines += ["", f"per {title}:", header.replace(" " * 19, f"{title:<19}", 1)]
        for name, s in group.items():
            lines.append(f"{name:<19}{s['columns']:>8}{s['personal']:>9}{_fmt(s['recall']):>8}"
                         f"{_fmt(s['precision']):>11}{_fmt(s['kind_accuracy']):>10}{s['review']:>8}")
    business = result["per_tag"].get("business")
    if business:
        lines += ["", f"business addresses (labeled none): {business['masked']} of {business['columns']} masked"]
    wrong = result["misclassified"]
    lines += ["", f"misclassified ({len(wrong)}; names and kinds only):"]
    lines += [f"  {w['table']}.{w['column']}: {w['expected']} -> {w['kind']}"
              + (f" [{w['state']}]" if w["state"] else "") for w in wrong]
    lines.append(f"\n{result['seconds']} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", dest="heldout_set", choices=sorted(SETS), default="v2", help="held-out set to score")
    parser.add_argument("--via", choices=["auto", "api", "cli"], default="auto")
    parser.add_argument("--db", type=Path, default=None,
                        help="DuckDB file to (re)build (default: the set's, /tmp/heldout_v2.duckdb, _v3, ... or _v173)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    db = args.db or SETS[args.heldout_set].DEFAULT_PATH
    result = evaluate(db, args.via, progress=not args.json, heldout_set=args.heldout_set)
    print(json.dumps(result, indent=2) if args.json else report(result, args.heldout_set))
    return 0


if __name__ == "__main__":
    sys.exit(main())
