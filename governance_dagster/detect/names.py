"""What a column name says about the personal data it holds: a prior, which the values then confirm or overturn.

A name is folded (accents and case removed, any script kept), split into words whatever the style (``snake``,
``camelCase``, ``PascalCase``, ``SCREAMING_CASE``), trailing digits dropped (``addr1``, ``zip5``), compounds split
(``dateofbirth``, ``telefonnummer``) and every word mapped to one English concept from a vocabulary of every EU
official language, Norwegian, Icelandic, Turkish, Ukrainian, Russian, Serbian, Indonesian, Vietnamese and romanized
Japanese, Korean, Chinese, Arabic and Hebrew words, and common abbreviations (``cust_fnm``, ``ctc_ph``,
``addr_ln1``). Names in Japanese, Korean, Chinese, Cyrillic, Greek, Arabic and Hebrew script are matched by their
words as substrings.

Example:
    >>> name_words("custBirthDt"), name_words("PSTL_CD"), name_words("adresse_courriel")
    (['customer', 'birth', 'date'], ['postal', 'code'], ['address', 'email'])
    >>> kind_from_name("Nachname"), kind_from_name("ca_address_sk")
    ((<Kind.LAST_NAME: 'last_name'>, 'strong'), (<Kind.NONE: 'none'>, 'strong'))
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from governance_dagster.kinds import Kind


def _entries(concept: str, words: str) -> dict[str, str]:
    return {w: concept for w in words.split()}


#: word (folded) -> the English concept the rules use.
WORDS: dict[str, str] = {
    **_entries("first", "first fst frst fname fnm fn firstname given givenname forename vorname prenom nombre nome "
               "voornaam imie fornamn fornavn jmeno krestni adi mei namae_mei christian ad isim ime imya voornamen "
               "fornavne vornamen prenomi vname fnamn fnavn vnaam"),
    **_entries("last", "last lst lname lnm lastname surname family familyname nachname familienname nom apellido "
               "apellidos cognome sobrenome achternaam nazwisko efternamn efternavn prijmeni soyad soyadi soyisim "
               "sei myoji myouji maiden nname enamn enavn anaam"),
    **_entries("surname", "nachname familienname cognome apellido apellidos sobrenome achternaam nazwisko efternamn "
               "efternavn prijmeni soyad soyadi soyisim myoji myouji surname familyname"),
    **_entries("patronymic", "patronymic otchestvo patronimico"),
    **_entries("doctor", "doctor physician medico arzt hausarzt medecin lekarz lekar lakare laege laeger doktor "
               "hekim ishi tandarts huisarts dentist curante treating attending behandelnder traitant"),
    **_entries("name", "name nm nam nme naam navn namn namae nazwa nazev jmena nombres adsoyad"),
    **_entries("full", "full completo completa complet complete volledige vollstandiger pelne fullname shimei"),
    **_entries("phone", "phone ph phn tel tlf tlfn telefon telefono telephone mobile mobil movil cell cellulare "
               "celular handy fax msisdn portable gsm telefoon telefone telefonu phonenumber telefonnummer "
               "telefonnr denwa denwabango keitai puhelin tfno mob mobilnummer mobiltelefon mobilni handynummer "
               "telefonico telefonica tel1 cellphone mobilephone gsmnummer komorka komorkowy tlf telefonszam "
               "mobiel mobieltje telemovel cepno keitaidenwa"),
    **_entries("email", "email mail eml courriel correo eposta epost emailadres emailaddress mailadres meru elettronica electronico eletronico"),
    **_entries("address", "addr adr address adresse direccion indirizzo endereco adres adresa jusho anschrift "
               "domicilio morada residenza residencia residence wohnsitz wohnadresse bosted bopael bydliste "
               "zamieszkania ikamet ikametgah woonadres"),
    **_entries("street", "street strasse str calle rue strada rua logradouro straat straatnaam ulica gata gade vej "
               "ulice sokak cadde suite apt apartment huisnummer hausnummer civico complemento "
               "streetname housenumber piso etage via viale corso piazza avenida avenue laan vagen gatan "
               "gatuadress gadenavn vejnavn ulicy ulici dom domu mieszkania mieszkanie husnummer "
               "husnr huisnr hausnr hsnr numerocivico popisne orientacni kapi daire bina banchi banchi chome "
               "gaikunumber housenr buildingnumber building bldg wohnung lgh lagenhet lejlighed "
               "appartement appartamento apartamento numeroext numeroint"),
    **_entries("line", "ln line line1 line2 ln1 ln2"),
    **_entries("city", "city cty town ville ciudad citta cidade stad woonplaats plaats miasto miejscowosc mesto "
               "obec sehir ort stadt wohnort localidad localita municipio comune gemeente kommune poblacion "
               "municipality locality shichoson shikuchoson shikuchouson bynavn byen postort postby poststed "
               "ilce mesto obce gmina kommun plaats suburb"),  # (round 28: Australia's and New Zealand's ``suburb``)
    **_entries("county", "county kreis landkreis comte condado"),
    **_entries("region", "province provincia provincie prefecture todofuken todoufuken ken uf estado bundesland "
               "kanton canton wojewodztwo voivodeship kraj lan amt region regione regiao departement"),
    **_entries("postcode", "zip zipcode postcode plz postleitzahl cp cap cep postnummer postnr psc postinumero "
               "yubin yubinbango yubinbangou postalcode codpostal postcodes postkod postnumer kodpocztowy pocztowy codigopostal "
               "codicepostale codepostal postnr zipcode zip5 postinro pcd pstcd pcode"),
    **_entries("postal", "postal pstl post postale postais posta postcodice pocztowy"),
    **_entries("birth", "birth brth naissance nacimiento nascita nascimento geboorte urodzenia urodzin fodelse "
               "fodsel narozeni dogum seinen fodelse fodt geburts nacido nata nato nacimento urodzenia narozeni tanjo "
               "seinengapi seigatsu seijitsu nar foed foedt foedsel foedsels fodd fodda"),
    **_entries("day", "day giorno dia jour tag dag dzien den gun gunu nichi hi"),
    **_entries("month", "month mese mes mois monat maand miesiac manad maaned mesic ay ayi tsuki gatsu"),
    **_entries("year", "year anno ano annee jahr jaar rok ar aar yil yili nen roku"),
    **_entries("birthdate", "dob birthdate birthday geburtsdatum geburtstag gebdat geboortedatum fodselsdato "
               "fodelsedatum datanascita seinengappi tanjobi foedselsdato foedselsdag"),
    **_entries("date", "date dt datum fecha data dato tarih tarihi hizuke dat"),
    **_entries("ssn", "ssn nss nir secu sozialversicherungsnummer rentenversicherungsnummer svnr ahv snils amka "
               "socialsecurity sin socialinsurance sgk"),
    **_entries("national", "pspt nino bsn dni nie nif cpf rg pesel personnummer cpr steuerid idnr tckimlik kimlik "
               "aadhaar codicefiscale fiscale curp rfc passport pasaporte passeport passaporto reisepass paspoort emirates "
               "paszport nationalt personalausweis ausweis idcard cni dnie rodnecislo hetu fodselsnummer mynumber insee cedula "
               "burgerservicenummer sofinummer identificacion inn steuernummer taxid tin nationalid ird tfn utr "
               # a driving licence and an alien registration are identity documents too
               "alien fuehrerschein fuhrerschein rijbewijs korkort korekort forerkort ajokortti prawojazdy"),
    # "número de documento": the number of an identity document, in Spanish, Portuguese and Italian
    **_entries("iddocument", "documento"),
    **_entries("tax", "tax steuer fiscal"),
    **_entries("when", "hire hired start end joined join signup registered registration eintritt eintritts austritt "
               "austritts embauche contratacion alta baja ingreso assunzione iscrizione registrazione aanmelding "
               "indienst zatrudnienia anstallning ansaettelse nastup giris kayit purchase payment delivery visit "
               "admission discharge issued issue opened closed since effective inicio fin debut ende beginn "
               "contract vertrag contrato contratto termination seit depuis desde dal sinds od sedan siden beri "
               "inizio comienzo aanvang begin rozpoczecia poczatek zacatek baslangic bitis kaishi betrieb "
               "inbetriebnahme service commissioning customersince membersince abschluss validfrom "
               "validto gultig valido"),
    **_entries("security", "security securite seguridad sicurezza seguranca"),
    **_entries("social", "social sociale sozial"),
    **_entries("ip", "ip ipaddr ipaddress ipv4 ipv6"),
    **_entries("iban", "iban rib kontonummer rekeningnummer"),
    **_entries("iban", "nemkonto"),  # (round 75) Denmark's NemKonto, the account public payments are made to
    # (round 79) an account paid into, written as one Swedish, Danish, Norwegian or German word (``ersattningskonto``,
    # ``utbetalningskonto``, ``lonekonto``, ``Gehaltskonto``); a travel document's number as one German word
    **_entries("iban", "ersattningskonto ersaettningskonto utbetalningskonto lonekonto loenkonto lonnskonto "
               "gehaltskonto auszahlungskonto erstattungskonto"),
    **_entries("national", "reisedokument reisedokumentnummer reisedokumentennummer"),
    **_entries("bank", "bank bnk bancaria bancaire bancarie bancario banco"),
    **_entries("account", "acct acc account cuenta compte conto conta rekening konto"),
    # (round 37: a current or checking account, Portuguese ``contaCorrente``: a bank's)
    **_entries("bank", "corrente corriente checking girokonto"),
    **_entries("card", "cc card kreditkarte carte tarjeta kaart karta cartao"),
    # where a person's goods or bills go: a billing or delivery address is the person's
    **_entries("route", "billing cobranca facturacion fatturazione faturamento fakturering rechnung facture factuur "
               "faktura fatura entrega consegna levering bezorging dostawa leverans teslimat livraison lieferung"),
    **_entries("place", "place luogo lugar lieu miejsce misto paikka hely locul sted plats tempat mahali lugal"),
    # (round 37: a role itself, ``volunteer_role``, ``user_role``, is a kind of person, not one: ``Stewarding``)
    **_entries("type", "role roles rolle rollen ruolo ruoli rola"),
    # (round 38: identity and social numbers of Singapore, India and Brazil; a nationality is a country; an employee's
    # or a student's registration number is a record's; a municipality is a region; a bank's routing number is a code)
    **_entries("national", "nric uan pis pasep nis nit"),
    # (round 73) papers of immigration: Canada's unique client identifier, the United Kingdom's biometric residence
    # permit, Switzerland's ZEMIS number and foreigner's permit, Germany's residence title, a passport abbreviated
    # (``ppt_no``) and in the Germanic languages' compounds (``Passnummer``)
    **_entries("national", "uci brp zemis auslaenderausweis auslanderausweis aufenthaltstitel aufenthaltsbewilligung "
               "aufenthaltserlaubnis ppt passnummer passnr"),
    **_entries("country", "nationality nationalite nacionalidad nazionalita nationaliteit staatsang "
               "staatsangehoerigkeit staatsangehorigkeit"),
    **_entries("record", "matricule matrikel"),
    **_entries("region", "munic ibge"),
    **_entries("routing", "aba rtn bsb sortcode ifsc micr"),
    # (round 50) a Swedish bank's clearing number, its sort code (``clearing_konto``: the account with it)
    **_entries("routing", "clearing clearingnummer clearingnr"),
    # (round 39: an identifier is an id; a suburb abbreviated)
    **_entries("surrogate", "identifier identifiers"),
    **_entries("city", "sbrb"),
    **_entries("city", "neighbourhood neighborhood nbhd"),  # (round 73: a locality, as a suburb or a colonia)
    **_entries("note", "hinweise hinweis"),
    # (round 37: a relationship is a kind of relative, ``NOK_RELATIONSHIP``: ``Daughter``, ``Spouse``)
    **_entries("type", "relationship beziehung verwandtschaft parentesco parentela lien relatie "
               "relacja relace vztah iliski yakinlik slaegtskab slaktskap"),
    # (round 37: who holds a house, not its number: ``householder_name``)
    **_entries("person", "householder householders homeowner homeowners houseowner"),
    # (round 37: things people name as they name people: a boat, a snowmobile)
    **_entries("animal", "boat boats boot boten bat batar yacht jacht vessel barco barca bateau skoter snoskoter "
               "snowmobile"),
    # (round 75: a vessel abbreviated, a tug in Spanish and Italian: named as people are, no person; an English
    # ``tug`` stays unread, as a glider's tug pilot is a person)
    **_entries("animal", "vsl remolcador rimorchiatore"),
    # (round 37: a house's number and its letter, as English and Dutch write them: part of a street line)
    # (round 70: Dutch ``toevoeging`` alone, the house number's addition, as ``huisnummer_toevoeging``)
    **_entries("street", "house huisletter huisnummertoevoeging toevoeging"),
    **_entries("note", "summary zusammenfassung resumen riassunto samenvatting podsumowanie sammanfattning "
               "resume ozet"),
    **_entries("note", "notes note comment comments remark remarks memo bemerkung bemerkungen notiz commentaire "
               "remarque comentario comentarios observaciones observacion nota notas opmerking opmerkingen uwagi "
               "uwaga anmarkning poznamka aciklama bikou kommentar freetext notizen"),
    **_entries("description", "description descripcion beschreibung descrizione descricao omschrijving opis"),
    **_entries("customer", "customer cust client cliente clienti kunde kunden klant klanten klient musteri kokyaku "
               "clientes"),
    **_entries("employee", "employee emp mitarbeiter employe empleado dipendente medewerker pracownik anstalld ansat "
               "zamestnanec calisan shain staff"),
    **_entries("person", "person persona personne pt patient paciente paziente user usr member contact ctc kontakt "
               "contacto contatto owner holder titular guest passenger beneficiary recipient sender emergency "
               "supervisor vorgesetzter manager spouse parent father mother child display legal"),
    **_entries("number", "no nbr num nr numero nummer number numer cislo bango numara nro"),
    **_entries("code", "cd code codigo codice kod kodu"),
    **_entries("source", "src"),
    **_entries("timestamp", "ts"),
    **_entries("surrogate", "sk pk fk key id uuid guid idx seq"),
    **_entries("flag", "flag flg ind indicator yn bool"),
    # -- every EU official language, Nordic, Slavic, East Asian (romanized), Arabic, Hebrew, Indonesian and
    # Vietnamese words (folded) for the same concepts; the last entry of a word wins
    **_entries("first", "etunimi etunimet keresztnev utonev prenume krstno krstne eesnimi vards vardas cead "
               "fornafn eiginnafn imia imja onoma depan"),
    **_entries("last", "sukunimi etternavn vezeteknev csaladnev nume prezime priimek priezvisko perekonnanimi "
               "uzvards pavarde sloinne kunjom eftirnafn prizvyshche prizvysche familiya familia eponymo epitheto prijm "
               "belakang mishpacha mishpaha laqab seong"),
    **_entries("surname", "sukunimi etternavn vezeteknev csaladnev prezime priimek priezvisko perekonnanimi "
               "uzvards pavarde sloinne kunjom eftirnafn prizvyshche familiya eponymo"),
    **_entries("middle", "middle mnm mname midname middlename mellomnavn mellannamn mellemnavn "
               "zweitname toinennimi"),
    **_entries("name", "nimi nev neve meno ainm isem nafn nama ireum irum ileum ism shem emri adi navne"),
    **_entries("full", "koko kokonimi fullt fulde fulla teljes cele cely pelny pelne puno celotno uplne taielik "
               "pilns pilnas iomlan lengkap kamil xingming seongmyeong hoten tam komplett vollstandig volledig "
               "intero integral compleet"),
    **_entries("kana", "kana furigana yomi yomigana kananame"),
    **_entries("phone", "puhelinnumero matkapuhelin kannykka simi farsimi talrunis telefonas mobitel mowbajl "
               "tilefono kinito dienthoai sodienthoai jeonhwa jeonhwabeonho hyudaepon dianhua shouji telepon "
               "telp ponsel hatif jawwal handphone guthan mobiili"),
    **_entries("email", "sahkoposti sahkopostiosoite netfang epasts pastas elpastas riomhphost surel youxiang "
               "imeil meil emailcim"),
    **_entries("address", "osoite lahiosoite katuosoite lakcim lakohely lakhely cim domiciliu naslov aadress "
               "adrese adresas seoladh indirizz heimilisfang juso dizhi alamat diachi unwan ktovet diefthynsi "
               "diefthinsi gateadresse postadresse dir adressi boende"),
    **_entries("street", "katu utca tanav iela gatve sraid triq duong jalan rechov odos talo talonumero hazszam "
               "kucni hisna maja majanumber maison huis haus casa scara bloc"),
    **_entries("city", "kaupunki paikkakunta postitoimipaikka kotikunta kunta varos telepules helyseg oras "
               "localitate naselje mjesto linn asula pilseta miestas cathair baile lokalita baer "
               "misto gorod dosi chengshi kota thanhpho madina poli sted kommune settlement"),
    **_entries("postcode", "iranyitoszam irsz sihtnumber postiindeks indekss eircode kodepos upyeonbeonho upyeon "
               "youbian youzhengbianma mikud buuchinh tk postnumer postinro pochtovyi"),
    **_entries("postal", "postna postanski postovni postove pasto pasta postali postais postowy"),
    **_entries("code", "cod kods kodas kodici kode kodi"),
    **_entries("birth", "syntyma syntymaaika syntymapaiva synt szuletesi szuletes szul nasterii nastere rodenja "
               "rojstva narodenia narodenie sunni dzimsanas gimimo breithe twelid faedingar narodzhennia "
               "rozhdeniya gennisis chusheng lahir sinh milad leida geb gebdatum naiss nac nasc ur"),  # (Polish ``ur.``)
    **_entries("birthdate", "sunniaeg sunnikuupaev faedingardagur saengnyeonwoldil saengil shengri "
               "chushengriqi ngaysinh szulido szuletesnap"),
    **_entries("date", "pvm paivamaara kuupaev datums tarikh tanggal tgl ngay"),
    **_entries("day", "paiva nap zi dan diena"),
    **_entries("month", "kuukausi kk honap luna mjesec mesiac kuu menesis mies"),  # (Polish ``mies.``)
    **_entries("year", "vuosi ev godina rok aasta gads metai"),
    **_entries("national", "henkilotunnus szemelyi szemelyiszam adoazonosito cnp egn oib jmbg emso rodne "
               "isikukood personas asmens kennitala jumin juminbeonho shenfenzheng sfz nik ktp cccd cmnd teudat "
               "zehut hawiya rrn rut dui identita afm szigszam"),
    **_entries("ssn", "taj ppsn pps sss"),  # (round 28: the Philippines' Social Security System)
    **_entries("doctor", "laakari orvos medic zdravnik lijecnik lecnik arst arsts gydytojas dochtuir tabib "
               "laeknir likar vrach iatros uisa yisheng dokter bacsi rofe lege hoitava"),
    # (round 28: who leads a team or a shift: ``team_lead``, ``SHIFT_LEAD``, read joined)
    **_entries("role", "teamlead shiftlead techlead teamleader shiftleader techleader walker thjalfari analista"),
    # (round 31: a neighbourhood is where people live, as their city is: Spanish, Mexican, Ecuadorian, French,
    # Polish and German; Catalan ``carrer`` and Portuguese ``logr`` (logradouro) are streets; Argentina's
    # ``cbu`` is a bank account; the United Kingdom's National Insurance number, ``ni_number``, a social-insurance
    # number like a SIN or a PPSN: ssn, as its values read (round 54))
    **_entries("city", "barrio colonia parroquia quartier dzielnica stadtteil ortsteil"),
    **_entries("city", "bairro"),  # (round 56: a Brazilian neighbourhood, as Spanish ``barrio``; was street)
    **_entries("street", "carrer logr"),
    **_entries("iban", "cbu"),
    **_entries("ssn", "ni"),
    # (round 56: how many, before what is counted: Danish/Swedish ``AntalStraa``, straws, not a street)
    **_entries("count", "antal antall aantal anzahl pocet liczba lukumaara"),
    **_entries("doctor", "phaet"),  # (round 30: Thai แพทย์, romanized)
    **_entries("role", "kuaidiyuan peisongyuan qishou"),  # (round 32: a courier, a delivery rider: pinyin)
    # (round 56: who is in charge of a crew or a site, in Spanish, and a drilling rig's crew chiefs)
    **_entries("role", "encargado capataz toolpusher driller"),
    # (round 56: a passport and a number in Indonesian and Malay, ``NoPaspor``, ``nomor_paspor``)
    **_entries("national", "paspor"),
    # (round 57: Japan's residence card, 在留カード, ``zairyu_card_bangou``)
    **_entries("national", "zairyu"),
    **_entries("number", "nomor"),
    # (round 33: Austrian and Swiss ``Zuname``, a surname; who organises an event; a pet's kind of animal,
    # German ``Tier``, Nordic, Turkish and Finnish pets, Russian ``кличка`` (an animal's name); not Danish and Dutch
    # ``kat``, which Turkish ``Katip`` (a clerk) begins with)
    **_entries("last", "zuname"),
    **_entries("role", "organizator organisator organisateur organisatrice organizador organizadora "
               "organizzatore organizzatrice"),
    **_entries("animal", "tier tiere tierart haustiere katt kedi kopek koira kissa hevonen hest klichka "
               "pitomets pitomec"),
    # (round 33: notes abbreviated as Czech and Slovak ``pozn.``, Spanish and Portuguese ``obs.`` write them)
    **_entries("note", "pozn obs"),
    # (round 34: a registration (its date or number, as ``registration`` is), a list's sources, a text in the
    # issue's languages, who leads a shift in German)
    **_entries("when", "registratie registrierung"),
    **_entries("source", "sources"),
    **_entries("text", "texte testo texto tekst"),
    **_entries("role", "schichtleitung schichtleiter schichtfuehrer schichtfuhrer teamleitung teamleiter"),
    # (round 35: a visit's host (Spanish, Portuguese), an underwriter (Dutch ``acceptant``), a case officer)
    **_entries("role", "anfitrion anfitriona anfitriao acceptant handlaggare sachbearbeiter"),
    # (round 36: a birthplace and a locality (Portuguese, Spanish, Italian), a registrar, spouses-to-be, an
    # identity check (romanized Japanese 身分確認), a degree, an avatar)
    **_entries("city", "naturalidade localidade localidad localita"),
    **_entries("role", "conservador conservadora nubente nubentes"),
    **_entries("iddocument", "mibun"),
    # (round 33: a list of addresses flattened, Greenhouse's ``addresses_0_value``)
    **_entries("address", "addresses adressen adresses direcciones indirizzi enderecos adresy adresser"),
    **_entries("role", "signer signed signedby signatory unterschrieben unterzeichnet getekend ondertekend signe "
               "firmado firmato assinado podpisany podepsal undertecknad underskrevet signert "
               "allekirjoittanut alairta semnat potpisao imzalayan recipient ontvanger empfanger destinataire "
               "destinatario odbiorca mottagare modtager mottaker vastaanottaja cimzett destinatar prijemce alici "
               "manager leder chef gerente responsabile kierownik esimies vezeto jefe bestuurder yonetici "
               "supervisor vorgesetzter perito adjuster apoderado tutor guardian vormund tuteur opiekun "
               "huoltaja gondviselo caseworker socialworker witness zeuge testigo testimone getuige"),
    **_entries("mother", "mother mutter mere madre mae moeder matka mor aiti anyja anya majka mati ibu mama "
               "father vater padre pai vader ojciec far isa apja otac"),
    **_entries("customer", "asiakas ugyfel vevo kunde khachhang gogaek kehu pelanggan zakaznik"),
    **_entries("employee", "tyontekija munkavallalo angajat zaposlenik karyawan pegawai ee"),
    **_entries("employer", "employer er arbeitgeber werkgever employeur empleador datore empregador pracodawca "
               "arbetsgivare arbejdsgiver arbeidsgiver zamestnavatel isveren tyonantaja munkaltato angajator "
               "poslodavac"),
    **_entries("when", "eroffnung eroeffnung opening avaus nyitas deschidere otvoreni ansettelse tilsetting "
               "ansattelse employment hiring employed palkkaus tyosuhde alkamis alkupvm felvetel belepes angajare "
               "angajarii zaposlenja zaposlenje zamestnania nastupu nyukai kanyu toroku ipsa chaeyong "
               "wizyty odwiedzin ingresso entrata rekrutacji"),
    **_entries("number", "broj beonho numar numeris numurs"),
    **_entries("fore", "for"),  # Nordic "for-navn" written in two words (forNavn, for_namn): first only beside name
    **_entries("person", "pac paciente"),
    # -- Malay, Filipino, Swahili, Vietnamese (joined: "ho_ten" is read as "hoten"), romanized Hindi, Persian and
    # Thai, and more Nordic, Baltic and Slavic words; a word of two languages keeps its most common sense
    **_entries("first", "kwanza unang pertama pehla avval"),
    **_entries("surname", "ukoo apelyido keluarga upnaam kulnaam khanevadegi namsakun perenimi"),
    **_entries("name", "jina pangalan chue"),
    **_entries("full", "hoten hovaten hotenday"),
    **_entries("middle", "gitnang"),
    # "second" beside a given-name word: a second given name (Polish ``drugie imię``, German ``zweiter Vorname``)
    **_entries("secondary", "drugie drugi zweiter zweite segundo secondo deuxieme tweede andra anden druhe"),
    **_entries("phone", "hp nohp simu telepono bimbit sodienthoai dienthoai didong talefon mobail"),
    **_entries("email", "baruapepe emel"),
    **_entries("address", "anwani tirahan rumah prebivaliste prebivalista stanovanja stanovanje bivaliste "
               "diachi pata shahr neshani"),
    **_entries("street", "gang duong pho mtaa barabara calea strada utca katu vei veien"),
    **_entries("city", "grad mji jiji lungsod bayan stadur thanhpho bandar shahar shahr twn"),
    **_entries("postcode", "poskod kodpos pincode zipcode mabuuchinh"),
    **_entries("birth", "kuzaliwa kapanganakan janm tavallod"),
    **_entries("birthdate", "kaarawan ngaysinh tarikhlahir"),
    **_entries("date", "tarehe petsa tithi tarikh"),
    **_entries("national", "kitambulisho mykad nric rnokpp rntrc ipn cuit cuil cui rg dni mellicode "
               "kodemelli melli cccd nin"),
    **_entries("note", "maelezo ghichu opombe napomena napomene megjegyzes huomautus lisatiedot observatii merknad "
               "markus markused piezimes pastabos athugasemd athugasemdir sxolia catatan keterangan "
               "tippani tozihat"),
    **_entries("customer", "mteja mkhachhang pelanggan"),
    **_entries("employee", "mfanyakazi nhanvien karmachari"),
    **_entries("role", "trener trainer coach judge richter juge sudac sudija sodnik sedzia sudca suddia sudya "
               "maki spouse ektefelle maka puoliso hazastars sot sotia conjuge coniuge conyuge echtgenoot "
               "ehepartner malzonek zgjedhi nextofkin teacher ucitel nauczyciel advisor berater adviseur "
               "consultant nurse pharmacist apotheker farmaceut "
               # a parcel's sender and recipient are people
               "sender mittente absender expediteur remitente afzender nadawca avsandare afsender avsender "
               "lahettaja felado expeditor odesilatel gonderen "
               # staff who serve the row's person: a priest, a practitioner, a teacher, a captain, an interviewer,
               # a driver, a curator, a call-centre agent's name is a person's
               "pfarrer priest pretre sacerdote parroco praticien practitioner profesor professor lehrer docente "
               "instructor skibsforer skibsfoerer kapitan captain kaptein handlaggare sagsbehandler tazatel "
               "interviewer enqueteur untenshu driver fahrer chauffeur conductor autista kierowca ridic kuratorin "
               "curator conservateur tantou assessor appraiser valuer underwriter gutachter sachbearbeiter "
               "tasador estimatore taxateur rzeczoznawca "
               # a child, a spouse's child: a person
               "barn barnets barns child childs kind kindes enfant nino bambino dziecko dite cocuk kodomo"),
    **_entries("mother", "mama baba bapak ayah anne"),  # (Turkish ``anne``, ``baba``: mother, father)
    **_entries("full", "penuh buong"),
    **_entries("role", "abikaasa manzel manzelka supruga suprug supruznik asawa pasangan waris edzo valmentaja "
               "antrenor kontak"),
    # (round 76) a church's deacon (Dutch ``diaken``, read as "day" and "region" before)
    **_entries("role", "diaken diakon diacre diacono deacon"),
    **_entries("street", "rumah norumah bahay nyumba apartament"),
    **_entries("national", "pengenalan kadpengenalan"),
    **_entries("region", "negeri judet megye maakond prov"),
    # -- field names of widely used ERP and HR systems: SAP (KNA1, LFA1, ADRC, PA0002, PA0006: STRAS, PSTLZ, ORT01,
    # TELF1, VORNA, NACHN, GBDAT, ERDAT), TOTVS Protheus (RA_COMPLEM, RA_MUNICIP, RA_PIS), Comarch (DataZatr)
    **_entries("street", "stras hsnmr pfach postfach pobox complem complement enderec"),
    **_entries("postcode", "pstlz"),
    **_entries("email", "smtp"),
    **_entries("phone", "telf telfx telnr telecom landline festnetz"),
    **_entries("first", "vorna namev rufnm rufname"),
    **_entries("surname", "nachn"),
    **_entries("middle", "midnm"),
    **_entries("birthdate", "gbdat"),
    **_entries("country", "land"),
    **_entries("when", "erdat aedat laeda zatr admissa admissao entree"),
    # round 25: a registration's date cut short, as voter files and legacy systems write it (``registr_dt``)
    **_entries("when", "registr regis regdt"),
    **_entries("city", "commune municip"),
    # identity documents and numbers: Polish NIP and dowód osobisty, German health and pension insurance numbers,
    # Brazilian PIS/PASEP and CPF (Protheus ``CIC``)
    **_entries("national", "nip osobisty kvnr cic"),
    **_entries("iddocument", "dowod"),
    **_entries("ssn", "pis pasep rvnr"),
    # a relative's name (Polish "imię ojca", "imię matki"), a birth name (nazwisko rodowe)
    **_entries("mother", "ojca matki ojciec matka"),
    **_entries("birth", "rodowe rodowy rodowa"),
    # people by role: installers and technicians, next of kin, beneficiaries, contract holders, patients
    **_entries("role", "tanto installator installer tekniker technician technik monteur gishi parorende parorande "
               "anhorig angehoriger angehorige beneficiaire beneficiario begunstigde keiyakusha kinkyu"),
    **_entries("person", "kanja"),
    # a company's VAT and registration numbers (partita IVA, USt-IdNr, TVA, BTW, IČO, KRS, REGON, CNPJ, SIREN,
    # SIRET, KvK) and a legal entity: a business's, not a person's
    **_entries("company", "iva vat ustid ustidnr tva btw ico krs regon cnpj siren siret kvk stceg entity"),
    # a person's own address qualified as theirs: home, mailing, default, primary, private, residential
    **_entries("home", "home mailing default primary private privat residential permanent principal"),
    **_entries("surrogate", "reference"),
    **_entries("department", "abtnr"),
    # a login handle (SAP ``ERNAM``/``AENAM`` "entered/changed by", ``USRID``, ``UNAME``): one person's, no kind names it
    **_entries("login", "username uname usrnm usnam login loginname loginid handle ernam aenam usrid userid "
               "benutzer benutzername"),
    # -- round 11: staff who serve the row's person or decide its case (nurses, notaries, volunteers, a board's
    # chair) and heirs are people; their names are personal wherever the row keeps them
    **_entries("role", "enfermeiro enfermeira enfermero enfermera infermiere infermiera infirmier infirmiere "
               "verpleegkundige verpleger verpleegster krankenschwester pflegekraft pfleger pielegniarka "
               "pielegniarz sjukskoterska sygeplejerske sykepleier sairaanhoitaja hoitaja hemsire sestra "
               "notary notaire notaio notario notar notaris notariusz notarie notaari "
               "volunteer wolontariusz vrijwilliger freiwillige freiwilliger benevole voluntario voluntaria "
               "volontario volontaria frivillig vapaaehtoinen dobrovolnik gonullu "
               "heir heirs erbe erben heritier erede heredero herdeiro erfgenaam spadkobierca arvinge arving "
               "perillinen dedic mirasci chairman chairperson chairwoman vorsitzender vorsitzende voorzitter "
               "przewodniczacy ordforande formand formann puheenjohtaja predseda"),
    # -- round 70: contracts and insurance policies (what their numbers and dates are of, as ``contract`` and
    # ``policy``: Dutch ``polis`` is a policy, Swedish a police force, and no town; a policy's holder or
    # beneficiary is a person, as a booking's guest) and orders in the issue's languages
    **_entries("when", "contrat kontrakt smlouva smlouvy smlouvu umowa umowy avtal aftale overeenkomst sozlesme"),
    **_entries("policy", "polis polisa polisy polizza poliza apolice pojistka pojistky"),
    **_entries("order", "objednavka objednavky zamowienie zamowienia siparis bestallning bestilling"),
    # a school nurse (Swedish), the insured person (Japanese ``hihokensha``; with ``bango`` their
    # number, a pair below)
    **_entries("role", "skolskoterska skolsjukskoterska hihokensha"),
    # -- round 71: a clerk (a person, as every set writes it; TPC-H's ``o_clerk`` codes are told by their values),
    # fellow travellers (Danish ``medrejsende``), a holder abbreviated (``ACCT-HLDR``), a Philippine barangay
    **_entries("role", "clerk medrejsende"),
    **_entries("person", "hldr"),
    **_entries("city", "barangay mahalle mahallesi"),  # (a Turkish neighbourhood, as ``bairro``; was street)
    # a claim (Dutch ``declaratienummer``: the claim's number)
    **_entries("claim", "declaratie declaraties"),
    # a Portuguese parish (a locality), the current address and a property's location in romanized Japanese
    # (``genjuusho``, ``shozaichi``), notes abbreviated (``app_nts``)
    **_entries("city", "freguesia"),
    **_entries("address", "genjuusho genjusho shozaichi"),
    **_entries("note", "nts"),
    # a name's initials (Dutch ``voorletters``) and the name a person is called by (``roepnaam``)
    **_entries("initials", "initials initialen voorletters iniciales iniciais inicjaly initialer nimikirjaimet "
               "iniziali"),
    **_entries("first", "roepnaam rufnaam givn"),
    **_entries("surname", "surn"),
    # GEDCOM tags (the genealogy standard's BIRT_DATE, BIRT_PLAC, RESI_PLAC): birth, place, residence
    **_entries("birth", "birt"),
    **_entries("place", "plac"),
    **_entries("home", "resi"),
    # a house number (``str_hnr``); the Danish company register's number (CVR)
    **_entries("street", "hnr"),
    **_entries("company", "cvr"),
    # identity documents: the Italian and Portuguese driving licence (patente), the Brazilian one (CNH), a Japanese
    # identity document (shorui, "papers"), Polish "dowodu" (the identity card's, genitive); Finnish "vero" (tax)
    **_entries("national", "patente cnh"),
    **_entries("iddocument", "shorui dowodu dowodem"),
    **_entries("tax", "vero"),
    # events, races and exams a row takes part in: their place and date are the event's (``pruefungsort``,
    # ``loppets_ort``, ``OlayIl``), not where the person lives
    **_entries("event", "olay olayin tapahtuma evento evenement veranstaltung wydarzenie udalost begivenhed "
               "evenemang incident incidente vorfall zdarzenie lopp loppet race wettkampf gara carrera kilpailu "
               "zavod exam pruefung prufung examen esame egzamin tentamen sinav"),
    # -- round 18: races in more languages (Danish and Norwegian ``løb``/``løp``, Polish, Dutch, Portuguese); a
    # money transfer (its reference is the payment's, however phone-like its digits)
    **_entries("event", "lob loeb lop lobet loebet lopet wyscig wedstrijd corrida"),
    **_entries("transaction", "transfer transferencia transferencias uberweisung ueberweisung overboeking virement "
               "bonifico przelew overforing overforsel siirto havale"),
    # animals (a pet's or a herd's birth date and name are the animal's)
    **_entries("animal", "animal animals pet pets dier dieren djur djuret dyr dyret zwierze zwierzecia zwierzat "
               "zvire zvirete elain elaimen hayvan animale animali mascota mascotas huisdier haustier lemmikki "
               "husdjur kaeledyr dog dogs hund hunde hundes perro cane chien hond kot katze gato gatto "
               "horse pferd caballo cavallo cheval paard"),
    # a reference, a file or protocol number, a quote: numbers of a record, not of a person
    **_entries("record", "referencia riferimento referenz referentie referens viite referencja "
               "protocollo protocolo protokoll protokol aktenzeichen expediente dossier"),
    **_entries("quote", "quote presupuesto preventivo devis angebot offerte oferta kostenvoranschlag tarjous"),
    # -- round 12: staff who serve the row's person or run its body (a clerk, a mechanic, a hairdresser, a board's
    # president; romanized Japanese ``tantousha``, "the person in charge"): their names are people's
    **_entries("role", "referent referentka referentin referente mechanic mecanico mecanica mechanik mechaniker "
               "mekaniker mecanicien meccanico mekanikko hairdresser barber kuafor berber friseur friseurin kapper "
               "kapster parrucchiere parrucchiera peluquero peluquera cabeleireiro cabeleireira coiffeur coiffeuse "
               "fryzjer fryzjerka frisor frisoer kadernik kadernice kampaaja president presidente presidenta "
               "prezes prezident predsednik praesident prasident presidentti tantousha tantosha"),
    # a driving licence in romanized Japanese (menkyo, "licence"), a German tax number abbreviated (StNr)
    **_entries("national", "menkyo menkyosho stnr ву"),
    # (round 76) the driving licence (運転免許, 運転免許証) romanized as one word: ``untenmenkyo_bangou``
    **_entries("national", "untenmenkyo untenmenkyosho"),
    # (round 77) a person in Polish, Czech, Slovak, Ukrainian and Russian (``dokument_osoby``, ``документ_особи``:
    # a person's identity document)
    **_entries("person", "osoba osoby osobe osobu особа особи особы"),
    # -- round 13: professionals and staff who serve the row's person (dentists and orthodontists, vets,
    # audiologists, teachers and lecturers, drivers, translators, lawyers, therapists, midwives, photographers,
    # tattooists, receptionists, administrators and managers, master craftsmen): their names are people's
    **_entries("doctor", "ortodontista ortodoncista orthodontiste orthodontist kieferorthopade kieferorthopaede "
               "ortodontist ortodonta ortodontti ortodontus dentista dentiste zahnarzt zahnarztin tandarts "
               "tandlakare tandlaege tannlege hammaslaakari dentysta zubar fogorvos dishekimi stomatolog "
               "veterinaire veterinario veterinaria veterinarian tierarzt tierarztin dierenarts dyrlaege "
               "veterinar weterynarz elainlaakari veteriner allatorvos audiologist audiologo audiologa audiologe "
               "audioprothesiste horakustiker audionom odyolog audiolog"),
    **_entries("role", "gestor gestora administrador administradora administrateur administratrice amministratore "
               "beheerder verwalter receptionist rezeptionist receptionniste recepcionista receptionista "
               "koshi sensei kyoshi insegnante enseignant enseignante leraar lerares larare laerer opettaja tanar "
               "ogretmen kuljettaja sofor chofer motorista translator ubersetzer uebersetzer traducteur "
               "traductrice traductor traductora traduttore traduttrice tradutor tradutora vertaler tlumacz "
               "prekladatel kaantaja fordito cevirmen oversetter oversaetter oversattare interpreter dolmetscher "
               "tolk tulkki lawyer attorney anwalt rechtsanwalt anwaltin avocat avocate avvocato abogado abogada "
               "advogado advogada advocaat adwokat advokat asianajaja ugyved avukat therapist therapeut "
               "therapeutin terapeuta terapeut terapeutti physiotherapist physiotherapeut fysioterapeut "
               "fisioterapeuta fizjoterapeuta midwife hebamme ostetrica partera parteira verloskundige barnmorska "
               "jordemoder jordmor katilo polozna photographer fotograf fotografo fotografa photographe "
               "valokuvaaja fotografus tatuador tatuadora tatuatore tatoueur tatoueuse tattooist tatowierer "
               "mester meister mestari"),
    # a login handle on a messaging or social platform (``skype_id``, an artist's ``ig``): one person's
    **_entries("login", "skype instagram insta ig tiktok twitter telegram snapchat discord threema "
               "kullaniciadi nomeutente nombreusuario gebruikersnaam anvandarnamn brugernavn brukernavn "
               "kayttajatunnus kayttajanimi felhasznalonev"),
    # -- round 20: "user" in the issue's other languages, a login as "benutzer" is (``utilizador_app``)
    **_entries("login", "usuario utilizador utilisateur gebruiker uzytkownik uzivatel kullanici kayttaja "
               "anvandare bruger bruker felhasznalo"),
    # notes and remarks (Portuguese, Swedish, German, Turkish, romanized Japanese 備考 without its long vowel)
    **_entries("note", "observacoes observacao notering noteringar anteckning anteckningar anmerkung anmerkungen "
               "notlar biko notatki poznamky"),
    # the person who ordered (Swedish beställare, German and Dutch Besteller, Danish and Norwegian bestiller, Finnish
    # tilaaja, Polish zamawiający, Czech objednatel)
    **_entries("role", "bestallare besteller bestiller tilaaja zamawiajacy objednatel"),
    # (round 14) counsellors, conductors of a choir or band, cashiers; romanized Japanese ``ryoken`` is a passport
    **_entries("role", "counsellor counselor cnslr dirigent dirigente cashier kassierer caissier caissiere kasjer "
               "kassir"),
    **_entries("national", "ryoken"),
    # (round 21) technicians, recruiters, surveyors who measure on site, cooks and chefs, in the issue's languages
    **_entries("role", "technicien teknisyen technicus teknikko recruiter selezionatore reclutatore reclutador "
               "recrutador recruteur rekruter werver surveyor zamerovac vermesser geodeta landmeter cook cuisinier "
               "cocinero cozinheiro cuoco kucharz kuchar kok kokk kock asci koch"),
    **_entries("city", "village dorf dorp"),
    # (round 23) the people English business systems name by their part in a record: who asks, approves, reviews or
    # closes it, sells, serves or treats, rents or lends, attends or speaks, is insured, sued or enrolled
    **_entries("role", "approver reviewer requester requestor submitter assignee assigner closer preparer "
               "dispatcher engineer executive rep representative salesperson salesrep csm sdr bdr referrer "
               "landlord tenant lessee lessor attendee speaker presenter organizer organiser student hygienist "
               "prescriber surgeon anesthesiologist radiologist clinician caregiver cosigner guarantor "
               "claimant policyholder insured subscriber buyer seller realtor rider inspector auditor "
               "accountant bookkeeper teller officer banker adviser planner freelancer donor fundraiser consulent "
               "paralegal plaintiff defendant respondent petitioner victim suspect offender inmate worker director "
               "founder coordinator stylist groomer mentor mentee candidate applicant referee sibling investigator "
               "examiner estimator adjudicator reporter author contributor commenter addressee consignee"),
    # (round 26) clinicians by their speciality, as a clinic's or a lab's rows name them
    **_entries("role", "phlebotomist sonographer technologist doula paramedic optometrist dietitian nutritionist "
               "chiropractor podiatrist psychologist psychiatrist pediatrician dermatologist cardiologist oncologist "
               "anesthetist"),
    # (round 27) who calls, grades or proctors: whole words, not "call" or "grad" (a city) and "er" (an employer)
    **_entries("role", "caller callee grader rater scorer proctor invigilator"),
    # a death and a burial are events: their dates are no dates of birth
    **_entries("when", "death deces morte muerte fallecimiento defuncion decesso overlijden zgonu zgon smierci "
               "pochowania pochowku pochowek burial begrafenis beerdigung bestattung sepoltura entierro sepultamento "
               "inhumation pogrzebu kuolin olum"),
    # the German foreigners' central register number (Ausländerzentralregister, AZR-Nummer)
    **_entries("national", "azr"),
    # a Greek postal code abbreviated Τ.Κ. (ταχυδρομικός κώδικας), read whole or joined from ``τ_κ``
    **_entries("postcode", "τκ"),
    # (round 40) French student registers (Apogée): ``DATE_NAI`` (naissance), the national student numbers INE and
    # NNE (INE is also Mexico's voter card, a national identity document)
    **_entries("birth", "nai nais"),
    **_entries("national", "ine nne"),
    # a sales territory, named by the towns it covers (``Springfield, IL``): a region of the business
    **_entries("region", "territory territorio territoire"),
    # who created or changed a record, in German and in legacy abbreviations (``ErstelltVon``, ``UPDUSR``)
    **_entries("created", "erstellt angelegt crt"),
    **_entries("modified", "geaendert bearbeitet upd chg"),
    # a defendant (``DEFT_ADDR_2``), a keeper of animals, a vet, in several languages
    **_entries("role", "deft keeper vet veterinarian tierarzt veterinaire veterinario dyrlaege elainlaakari"),
    **_entries("phone", "phno"),
    # an animal's breed, species and parents in a herd or stud book (``sire_name``, ``dam_name``)
    **_entries("animal", "species breed sire dam"),
    # (round 41) identity and health numbers of more countries, and an identity document in more languages:
    # Hong Kong's HKID, Pakistan's CNIC and NICOP, Kenya's KRA PIN, Medicare and Medicaid, New Zealand's NHI,
    # Ontario's OHIP; ``documento de identidad``, ``carte d'identité``, Polish and Slovene ``dokument``, Czech
    # ``průkaz``
    **_entries("national", "hkid cnic nicop kra medicare medicaid nhi ohip nid identidad identidade identite"),
    **_entries("iddocument", "dokument dokumenta dokumentu prukaz"),
    # an employee in French, a spouse and a policyholder in Polish
    **_entries("employee", "salarie salaries salariee"),
    **_entries("role", "malzonka malzonki ubezpieczajacy ubezpieczajacego ubezpieczony ubezpieczonego"),
    # India's ABHA health number, Australia's NDIS number, Brazil's health card (CNS); who modified a record in
    # French (``USER_MODIF``); an operator in Italian, an audiologist and a call name in Finnish
    **_entries("national", "abha ndis cns"),
    **_entries("modified", "modif"),
    # (round 42) legacy fields' abbreviations: a birth date (``MBBDAT``), Germany's social-insurance number
    # abbreviated (``SozVersNr``), Japan's basic pension number (``kiso nenkin``), the US Medicare beneficiary
    # identifier and its predecessor, who maintained or updated a record (French ``MAJ``, Japanese ``KOSHIN``, an
    # operator)
    **_entries("birthdate", "bdat bdate brthdt birthdt"),
    **_entries("ssn", "sozvers nenkin"),
    **_entries("national", "mbi hicn"),
    **_entries("modified", "maint maj koshin"),
    **_entries("person", "oper"),
    # a driver in Danish and French, a technician and the person responsible in Portuguese, Spanish and Italian; who
    # uploaded a record; Portugal's social-security number (NISS)
    **_entries("role", "chauffoer chauffor chauffeur tecnico tecnica responsavel responsable responsabile"),
    **_entries("created", "upload uploaded"),
    **_entries("ssn", "niss"),
    # a cashier in Vietnamese, a field officer in Indonesian
    **_entries("role", "thungan petugas kirjaaja"),
    # (round 43) Swahili: a residence (``anwani_ya_makazi``), an attendant
    **_entries("home", "makazi"),
    **_entries("role", "mhudumu"),
    # (round 42) the Dutch particle of a family name (``van der``) is part of it
    **_entries("surname", "tussenvoegsel tussenv tussvg"),
    **_entries("role", "operatore operatrice audionomi audiologist"),
    **_entries("first", "kutsumanimi"),
    # a prescription (a pharmacy's ``num_receta``): an order of a drug, whose number is no card's
    **_entries("order", "receta rezept ricetta ordonnance prescription recepta"),
    # (round 42) an order in French, Spanish, Italian, Dutch and German, abbreviated as legacy files write it
    **_entries("order", "commande cde cmde pedido ordine bestelling bestellung"),
    # (round 44) an identity document in Czech and Slovak (``cislo_dokladu``) and Turkish (``BELGE_NO``); a licence
    # (a driver's where the table names a vehicle and people: the classifier asks the table) in English, Turkish,
    # Italian, Polish, Dutch, Swedish, Danish and Norwegian, abbreviated, and the British licensing agency (DVLA)
    **_entries("iddocument", "doklad belge belgesi"),
    **_entries("licence", "licence license lic lisans licenza licencja licentie licens dvla"),
    # (round 44) legacy files' abbreviations: a contact, a street, a postal code, a mobile subscriber's number (MSISDN)
    **_entries("person", "cntct"),
    **_entries("street", "strt"),
    **_entries("postcode", "pcod pcde"),
    **_entries("phone", "msdn"),
    # (round 44) Turkish "ana adı": the mother's name, as Turkish forms write it
    **_entries("mother", "ana"),
    # (round 44) legacy fields' name parts (``SRFNAM``, ``SRSNAM``, ``CMLNAM``), Dutch municipal registers' initials
    # (``voorletters``: ``VLTR``, ``VOORL``) and family-name particle (``voegsel``), a debtor in several languages (a
    # collection agency's ``NOMDEB``: the debtor's name), a cashier in Dutch
    **_entries("first", "fnam"),
    **_entries("surname", "snam voeg voegsel voorv"),
    **_entries("last", "lnam"),
    **_entries("initials", "vltr voorl"),
    **_entries("customer", "deb debiteur deudor debitore schuldner devedor"),
    **_entries("role", "kassier"),
    # (round 44) legacy fields: a phone cut short (``CVPHON``), an emergency contact (``EMRGPH``), a commercial
    # driver's licence (``cdl_no``)
    **_entries("phone", "phon"),
    **_entries("person", "emrg emerg"),
    **_entries("national", "cdl"),
    # (round 45) Italian "cognome" abbreviated (``PRN_COGN``, ``COGN-DICH``); SAP's patient and HR fields: IS-H's
    # ``NNAMS``/``VNAMS`` (family and given name), the birth name ``GBNAM``, the name a person goes by ``RUFNM``; a
    # German social-insurance number written ``sv_nummer``; a middle initial (``tp_mi``, ``SRPMI``, ``MINIT``)
    **_entries("surname", "cogn nnams gbnam"),
    **_entries("first", "vnams rufnm"),
    **_entries("ssn", "svnummer svnum"),
    **_entries("middle", "mi minit"),
    **_entries("surname", "snm"),
    # (round 46) a driver's licence's number glued as legacy fields write it (``CVDLNO``, ``DLNUM``), a German
    # identity card cut short (``PERSAUSW``), a Russian compulsory health insurance policy (``полис_омс``); a prescriber
    # abbreviated (``NOM_PRESC``), a middle initial (``MMMINT``)
    **_entries("national", "dlno dlnr dlnum dlnbr persausw омс"),
    **_entries("role", "presc"),
    **_entries("middle", "mint"),
    # (round 46) a forum's posts (``user_posts``, ``num_posts``): messages, no post's code
    **_entries("message", "posts"),
    # -- round 47: a passport in Portuguese and Turkish; a seafarer's identity and record book (``SIRB``, German
    # ``Seefahrtsbuch``, Polish ``książeczka żeglarska``, Dutch ``monsterboekje``, Danish, Norwegian and Swedish
    # ``søfartsbog``/``sjøfartsbok``) and any booklet of a person's (Polish ``książeczka``: health, military,
    # seafarer's); a seafarer is a person; a ship is named as people are, and is no person (as a boat, round 37); a
    # ship's pilot, a harbour master, a purchaser are people; a year abbreviated; a municipality cut short
    **_entries("national", "passaporte pasaport seefahrtbuch seefahrtsbuch sirb zeglarska zeglarskiej monsterboekje "
               "sofartsbog sjofartsbok"),
    **_entries("iddocument", "ksiazeczka ksiazeczki"),
    **_entries("person", "seafarer seafarers seaman seamen mariner mariners"),
    **_entries("animal", "schiff skib skibet skepp fartyg fartoj fartoej navio navire nave buque statek schip gemi "
               "kapal"),
    **_entries("role", "pilot pilote piloto pilota lotse harbourmaster harbormaster purchaser"),
    **_entries("year", "yr yrs"),
    **_entries("city", "muni"),
    # (round 47: an ACH transfer's account, a US bank's: ``ach_account``; its routing number stays a bank's code)
    **_entries("bank", "ach"),
    # -- round 48: Australia's Centrelink customer reference, Manitoba's personal health number (PHIN), a driver's
    # licence number (``DLN``, as HL7 names it), SAP's name prefix (``VORSW``, Dutch ``van``), a Japanese pension
    # number (``nenkin``), an analyst and a recruiter (staff)
    **_entries("national", "centrelink phin dln"),
    **_entries("surname", "vorsw"),
    **_entries("ssn", "nenkin"),
    **_entries("role", "analyst analysts recruiter recruiters"),
    # -- round 49: a French driving licence (``no_permis``: ``permis de conduire``), read as a licence (a driver's
    # where the table keeps drivers); Ghana's social security number (SSNIT); a Chilean and Romanian municipality; an
    # officer (a sales officer, a loan officer) is staff
    **_entries("licence", "permis"),
    **_entries("ssn", "ssnit"),
    **_entries("city", "comuna"),
    **_entries("role", "officer officers"),
    # -- round 50: Botswana's identity card (Omang), Nigeria's Bank Verification Number (BVN); a demand deposit account
    # (``CH-DDA-ACCT``) is a bank's; money paid out to a person (a refund, a payout, a withdrawal: Danish
    # ``refusion``, Japanese ``shukkin``) names the person's own account; a building (Japanese ``tatemono``) is a
    # line of an address
    **_entries("national", "omang bvn"),
    **_entries("bank", "dda"),
    **_entries("payout", "payout payouts refund refunds refusion erstattung rueckerstattung reembolso rimborso "
               "remboursement terugbetaling uitbetaling zwrot aterbetalning withdrawal withdrawals shukkin "
               "disbursement auszahlung"),
    **_entries("street", "tatemono tatemonomei"),
    # -- round 51: a site's foreman and a supervisor abbreviated (``CKSUPV``), SAP's clerk (``SACHB``), a Hebrew
    # officer (``kzin``) and examiner (``bodek``) are staff; Australia's defence employee number (PMKeyS) and the US
    # DoD's EDIPI identify a service member for life; a discharge date cut short (``DISCH-DT``) is an event's; a
    # routing number cut short (``DD-ROUT-ACCT``), a postal code (``FAPSTC``)
    **_entries("role", "foreman foremen forewoman supv supvr sachb kzin bodek"),
    **_entries("national", "pmkeys edipi"),
    **_entries("when", "disch"),
    **_entries("routing", "rout"),
    **_entries("postcode", "pstc"),
    **_entries("person", "militaire soldier soldiers soldat soldado servicemember"),
    # -- round 52: Scotland's PVG scheme membership (a vetted person's number), Québec's health insurance (RAMQ),
    # Indonesia's tax number (NPWP), Malay "akaun" (an account), a treasurer (Malay ``bendahari``), a tradesman
    # (Polish ``fachowiec``) and an owner (Turkish ``sahip``, ``sahibi``) are people; an Indonesian district
    **_entries("national", "pvg ramq npwp"),
    **_entries("account", "akaun"),
    **_entries("role", "bendahari fachowiec sahip sahibi"),
    **_entries("city", "kecamatan"),
    # -- round 53: a mother cut short in a COBOL file (``NBS-MOTH-FIRST-NM``), an inspector in German, a
    # depository financial institution's account (ACH's ``DFI-ACCT``), a Nigerian local government area, a Korean
    # si/gun/gu
    **_entries("mother", "moth"),
    **_entries("role", "inspektor"),
    **_entries("bank", "dfi"),
    **_entries("city", "lga sigungu"),
    # -- round 54: Arizona's Medicaid programme, AHCCCS: its member's number is a health identifier a state issues
    # (not the other states' programme names: a legacy field cut short, ``BADGE``, would read as BadgerCare); an
    # Italian family member (``familiare_riferimento``); a manager in romanized Japanese (``kea_maneejaa``, ケア
    # マネージャー); a type or kind in Spanish, Italian, Portuguese, Turkish, German, Polish, Czech, Dutch, Finnish,
    # Indonesian and romanized Japanese (``izin_tipi``, ``tipo_cliente``, ``rodzaj``, ``shubetsu``): what a type
    # says, not a value of its own
    **_entries("national", "ahcccs"),
    **_entries("role", "familiare familiari maneejaa"),
    **_entries("type", "tipo tipi turu typ soort rodzaj druh jenis shubetsu kubun tyyppi"),
    # -- round 55: an animal's chip and equine life number (Dutch ``Chipnummer``, ``UELN``), its breed (Dutch and
    # German ``Ras``, ``Rasse``) and a pet in romanized Japanese (``petto_seinengappi``: the pet's birth date); a
    # keeper or holder (Dutch ``Houder``); a family name in Dutch law (``geslachtsnaam``); an Eircode cut short
    # (``dec_eirc``); a case, a land register's sheet, a notary's repertory: records
    **_entries("microchip", "chip chipnummer chipnr ueln transponder"),
    **_entries("animal", "petto ras rasse"),
    **_entries("role", "houder houders"),
    **_entries("surname", "geslachtsnaam"),
    **_entries("postcode", "eirc"),
    **_entries("record", "zaak zaken zaaknummer grundbuch grundbuchblatt repertorium repertorio"),
    # -- round 59: a family name in Flemish (``Familienaam``) and in European Portuguese (``apelido``, which Brazil
    # uses for a nickname: a person's too)
    **_entries("surname", "familienaam familienamen apelido apelidos"),
    # a bride, a groom, a witness and a spouse in the languages of weddings and civil registers (``jmeno_nevesty``,
    # the bride's given name; ``nom_conjoint1``; ``svidetel``, Russian "witness"), a coordinator in six languages:
    # people, by role
    **_entries("role", "bride brides groom grooms bridegroom nevesta nevesty nevestin zenich zenicha zenichuv brud "
               "bruden brudens brudgum brudgom brudgommen bruid bruidegom brautigam braeutigam mariee novia "
               "novio sposa sposo noiva noivo gelin damat nyfi nymfi gampros gambros zhenikh"),
    **_entries("role", "svidetel svidetelnitsa svedek svedkyne swiadek swiadkowie tanik temoin temoins testemunha "
               "testemunhas testimone testimoni trauzeuge trauzeugin getuige getuigen vidne vidner vittne vittnen "
               "martyras"),
    **_entries("role", "conjoint conjointe conjoints conjuge coniuge koordinator koordinatorka coordinatrice "
               "coordinatore coordinador coordinadora coordenador coordenadora"),
    # (round 60) a dispatcher in German (``disponentin``)
    **_entries("role", "disponent disponentin disponenten"),
    # (round 61) a campaign and a project in the languages of crowdfunding (``kampanyaAdi``, ``proje_adi``): things
    **_entries("campaign", "kampanya kampanyasi kampagne kampagnen campagna campagne kampania kampanie kampanj"),
    **_entries("project", "projekt projekte projet progetto proyecto projeto projekti proje projesi"),
    # (round 62) Australia's Medicare number abbreviated (``mcare_no``); Switzerland's postal code (``npa``, numéro
    # postal d'acheminement)
    **_entries("national", "mcare"),
    **_entries("postcode", "npa"),
    # a locality in French (``LocaliteConjoint``, the spouse's town)
    **_entries("city", "localite localites"),
    # a passport in Russian and Czech transliteration, in German and Swedish (``pasport``, ``Passnummer``)
    **_entries("national", "pasport pasportu passnummer passnr"),
    # -- round 63: identity papers in more of Europe's languages: passports (Croatian ``putovnica``, Hungarian
    # ``útlevél``, Finnish ``passi``, Latvian ``pases`` (of a passport), Lithuanian ``pasas``), identity cards (Croatian and Slovenian
    # ``osobna iskaznica``/``osebna izkaznica``, below, as pairs: a mountaineering club's ``planinska izkaznica`` is a
    # membership card), Czech and Slovak ``občanský``/``občiansky preukaz``, Finnish
    # ``henkilökortti``, Estonian ``isikutunnistus``, Lithuanian ``tapatybės kortelė``, Romanian ``buletin``), proof
    # of identity in Norwegian (``legitimasjon``; Swedish ``legitimation`` is as often a licence to practise, a taxi
    # driver's or a doctor's), and driving licences
    # (Croatian and Serbian ``vozačka``, Slovenian ``vozniško``, Czech ``řidičský``, Slovak ``vodičský``,
    # Hungarian ``jogosítvány``, Estonian ``juhiluba``, Turkish ``ehliyet``)
    **_entries("national", "putovnica putovnice putovnicu putovnici utlevel utlevelszam utlevelszama passi passin "
               "passinumero pases pasas obcansky obcanskeho obcanskem obciansky obcianskeho obcianskom "
               "henkilokortti henkilokortin isikutunnistus isikutunnistuse tapatybes buletin buletinul "
               "legitimasjon legitimasjons legitimasjonsnr legitimasjonsnummer vozacka vozacke vozacku vozniska "
               "vozniske vozniskega ridicsky ridicskeho ridicskem ridicak vodicsky vodicskeho vodicskom "
               "jogositvany jogositvanyszam jogositvanyszama juhiluba juhiloa ehliyet ehliyetno "
               "henkilollisyystodistus henkilollisyystodistuksen"),
    # a document in Finnish (``asiakirjan_numero``, the document's number) and a card or certificate in Slovak,
    # Hungarian and Latvian (``preukaz``, ``igazolvány``, ``apliecība``): papers, as ``dokument`` and ``průkaz``
    **_entries("document", "asiakirja asiakirjan"),
    **_entries("iddocument", "preukaz preukazu igazolvany igazolvanyszam apliecibas apliecibu apliecibai"),
    # a trustee (a bankruptcy trustee, a pension fund's): a person's role
    **_entries("role", "trustee trustees"),
    # -- round 64: licences a person holds to hunt, fish or own a gun are that person's identity papers as a driving
    # licence is (Germany's ``Jagdschein``, ``Waffenschein``, ``Fischereischein``, Sweden's ``jaktkort``, Norway's
    # ``jegerkort``, Finland's ``metsästyskortti`` and ``aselupa``, the Netherlands' ``jachtakte``); a licence to
    # trade or practise stays a licence (a taxi driver's, a nurse's): see the pairs below
    **_entries("national", "jagdschein jagdscheinnummer jagdscheinnr waffenschein waffenscheinnummer fischereischein "
               "angelschein waffenbesitzkarte jaktkort jegerkort vapenkort vapenlicens metsastyskortti aselupa "
               "jachtakte"),
    # (round 66) a Catalan passport (``num_passaport``), Tanzania's national identification number (NIDA); a leader
    # abbreviated (``MBR-UNIT-LDR-NM``)
    **_entries("national", "passaport passaports nida"),
    **_entries("role", "ldr ldrs"),
    # -- round 67: Mexican forms' family names, the father's and the mother's (``apellido paterno``, ``paterno``,
    # ``materno``); Viet Nam's identity cards (``CCCD``, ``CMND``)
    **_entries("surname", "paterno materno"),
    **_entries("national", "cccd cmnd"),
    # a WhatsApp or Viber number: a phone
    **_entries("phone", "whatsapp viber"),
    # -- round 65: a tracking number abbreviated (``pstl_trk``, a parcel's), a record card in Spanish (``numero_ficha``),
    # Catalan family names and address (``cognoms``, ``adreça``)
    **_entries("tracking", "trk"),
    **_entries("record", "ficha"),
    **_entries("surname", "cognom cognoms"),
    **_entries("address", "adreca"),
    # staff: an accompanist, a superintendent (``FA-SUPT-NM``), a professional hunter or guide, a Slovenian seller
    **_entries("role", "accompanist accompanists superintendent supt hunter hunters prodajalec prodajalka "
               "chaperone chaperones"),
    # -- round 68 (a probe of the issue's languages, name by name): Germany's tax identification number and the
    # number of a person insured by a health fund (``steuerident_nr``, ``Krankenversichertennr``, ``KVNR``); a
    # passport in Danish, Dutch and Czech (``pasnummer``, ``cislo_pasu``) and a Danish driving licence written with
    # ``oe`` for ``ø`` (``koerekortnummer``); Turkey's identity number abbreviated (``TCKN``) and a card
    # (``kart_no``; Turkish ``vergi_no``, a tax number, is a business's in v6, v57 and v81); Japan's individual
    # number and health-insurance card romanized (``my_number``, ``kojin_bango``, ``hokensho_bango``) and a card
    # (``kado_bango``); Spain's social-security
    # affiliation number (``NAF``); a national identifier abbreviated (``natl_id``); a driving licence abbreviated
    # (``drv_lic_no``, below), an Italian health card (``tessera_sanitaria``), a Portuguese citizen card
    # (``cartao_cidadao``), a month of birth abbreviated (``birth_mon``)
    **_entries("national", "steuerident steueridentnr steueridentifikationsnummer krankenversichertennr "
               "krankenversichertennummer versichertennr versichertennummer kvnr pasnummer pasnr pasu koerekort "
               "koerekortnummer koerekortnr tckn tcno tckimlikno hokensho hihokenshasho natl"),
    **_entries("ssn", "naf sozialversicherungsnr"),
    **_entries("card", "kart kado"),
    # a place of birth in Danish and Turkish (``fødested``, ``doğum yeri``), a month and a day of birth in romanized
    # Japanese (``seinen_gappi``); a municipality in Portugal (``concelho``) and a locality in Russian (``населённый
    # пункт``) are towns; a full name in Italian (``nominativo``), in romanized Russian (``FIO``), given names in
    # Polish (``imiona``), an address in romanized Greek (``dieuthinsi``)
    **_entries("place", "sted yeri"),
    **_entries("birth", "foede fode"),
    **_entries("date", "gappi"),
    **_entries("city", "concelho concelhos"),
    **_entries("full", "nominativo fio"),
    **_entries("first", "imiona"),
    # a year of birth abbreviated (``yob``), a French date of birth abbreviated (``ddn``), a Swedish street address and
    # personal number abbreviated (``gatuadr``, ``personnr``)
    **_entries("birthdate", "yob ddn"),
    **_entries("street", "gatuadr"),
    **_entries("national", "personnr samordningsnr egk ctps sygesikring sygesikringsnr sygesikringsbevis aadhar "
               "adhaar adhar"),
    # abbreviations of warehouses: a date (``birth_dte``), a given name (``gvn_nm``), a warehouse, a vendor and a
    # product (``whs_addr``, ``vndr_nm``, ``prod_nm``)
    **_entries("date", "dte"),
    **_entries("first", "gvn"),
    **_entries("warehouse", "whs"),
    **_entries("vendor", "vndr"),
    **_entries("product", "prod"),
    **_entries("ssn", "nuss"),
    **_entries("address", "dieuthinsi dieythynsi diefthinsi"),
    # staff: an adviser and a consultant in French, Polish and Turkish, a contact person in German, a clerk in
    # Portuguese and Greek
    **_entries("role", "conseiller conseillere conseillers konsultant konsultantka temsilci ansprechpartner "
               "ansprechpartnerin atendente atendentes"),
    # salespeople, cashiers and advisers at a counter in the issue's languages (a seller, a cashier, an adviser)
    **_entries("role", "verkaeufer verkaeuferin verkaufer verkauferin vendeur vendeuse cajero cajera asesor asesora commesso commessa cassiere cassiera consulente "
               "consultor consultora verkoper verkoopster kassamedewerker sprzedawca sprzedawczyni doradca saljare "
               "saljaren kassor kassorska kassoren radgivare saelger saelgeren saelgerske kasserer kassereren "
               "radgiver radgiveren prodavac prodavacka pokladni poradce satici kasiyer hanbaiin"),
    # Australia's Individual Healthcare Identifier (``ihi_no``); an office abbreviated (``COOP-OFC-PHONE``: the co-op's)
    **_entries("national", "ihi"),
    **_entries("office", "ofc"),
    # -- round 69 (from v138-v143's misses): Dutch proof of identity (``legitimatie_nummer``), Australia's Unique
    # Student Identifier (``usi``); a Spanish courier (``mensajero``); an Austrian address's stair and door
    # (``Stiege``, ``Tür``) and a Belgian one's box (``Busnr``): parts of a street line
    **_entries("national", "legitimatie legitimatienummer legitimatienr legitimatiebewijs usi"),
    **_entries("role", "mensajero mensajera"),
    **_entries("street", "stiege stiegen tuer tuernr tuernummer busnr busnummer"),
    # a login abbreviated (``agt_lgn``), in Estonian and romanized Japanese (``kasutajanimi``, ``roguin_id``), and a
    # nickname or alias people go by online (``prezdivka``, ``微信昵称``): one person's handle, no kind names it
    **_entries("login", "lgn kasutaja kasutajanimi kasutajatunnus roguin nick nickname nicknames prezdivka prezyvka "
               "spitzname apodo soprannome bijnaam smeknamn kaldenavn takmaad"),
    # a home address and a home town in Swedish and Danish (``bostadsadress``, ``hjemmeadresse``, ``bostadsort``)
    **_entries("address", "bostadsadress hemadress hjemmeadresse"),
    **_entries("city", "bostadsort hemort hjemby"),
}

#: Round 13: boats, ferries and quays (a ferry's or a boat's name, a departure's quay), a lot (things; see THINGS_13).
_BOATS_QUAYS_LOTS = frozenset({
    "boat", "boot", "bateau", "barco", "barca", "baat", "vene", "lodz", "tekne", "schiff", "vessel", "yacht",
    "jacht", "ferry", "ferje", "ferge", "farja", "faerge", "fahre", "faehre", "traghetto", "transbordador", "balsa",
    "lautta", "feribot", "veerboot", "quay", "kai", "kaj", "kade", "pier", "berth", "anleger", "molo",
    "muelle", "cais", "laituri", "iskele", "lote",
})
#: Round 13: a warehouse in Portuguese, a farm (French "exploitation agricole") whose address the row names (businesses).
_WAREHOUSES_FARMS = frozenset({
    "armazem", "armazens", "exploitation", "ferme", "fazenda", "granja", "bauernhof", "boerderij",
    "gospodarstwo", "maatila",
})
#: Words that say the column describes something *about* a thing, not the thing itself.
QUALIFIERS = frozenset({
    "surrogate", "type", "class", "status", "code", "rating", "color", "colour", "flag", "count", "version", "promo",
    "tier", "level", "format", "category", "exp", "expiry", "expires", "hash", "timestamp", "at", "limit", "amount",
    "verified", "valid", "opt", "optin", "consent", "domain", "length", "provider", "template", "kind", "bounced",
    "sent", "opened", "clicked", "channel", "quality", "score", "source", "confirmed", "preference", "prefs",
    "language", "lang", "locale", "gender", "sex", "country", "state", "region", "timezone", "currency", "created",
    "updated", "modified", "changed", "deleted", "last_login", "cnt", "qty", "quantity", "total", "sum", "avg",
    "rank", "percent", "pct", "ratio", "rate", "price", "cost", "balance", "bal", "lat", "latitude", "lon", "lng",
    "longitude", "day", "week", "month", "quarter", "year", "hour", "minute", "second", "time", "zone", "tz",
})
#: Objects that are not people: a name about them holds no personal data, whatever its values look like.
OBJECTS = frozenset({
    "order", "sku", "product", "tracking", "invoice", "ticket", "build", "firmware", "version", "item", "gift",
    "bin", "event", "session", "message", "transaction", "merchant", "batch", "serial", "part", "model", "agent",
    "retailer", "reseller", "distributor",  # (round 71: businesses that sell a product on, a SIM card's seller)
    "company", "brand", "store", "shop", "file", "host", "server", "device", "warehouse", "shipment", "parcel",
    "coupon", "voucher", "campaign", "department", "abteilung", "departamento", "job", "poste", "title", "ship",
    "shipto", "catalog", "promotion", "web", "page", "site", "call", "center", "reason", "mode", "carrier",
    "supplier", "vendor", "branch", "office", "facility", "organization", "org", "business", "firma", "empresa",
    "azienda", "bedrijf", "tienda", "magasin", "negozio", "winkel", "sklep", "lager", "almacen", "entrepot",
    "magazzino", "article", "artikel", "articulo", "articolo", "produkt", "producto", "prodotto", "category",
    "nation", "region", "market", "segment", "project", "team", "machine", "app", "application", "package",
    "contract", "vertrag", "contrato", "contratto", "policy", "claim", "loan", "mac", "url", "uri", "path", "sha",
    "md5", "checksum", "geo", "gps", "coordinate", "coordinates", "container", "lot", "plate", "vin", "isbn", "ean",
    "upc", "gtin", "asset", "record", "row", "revision", "release", "commit", "hotel", "room", "flight", "route",
    "account_type", "destination", "course", "lesson", "document", "doc", "attachment", "image", "photo",
    # (round 65: a musical instrument, ``instrument``, ``strumento``: ``Viola`` is a given name too)
    "instrument", "instruments", "instrumento", "instrumentos", "strumento", "strumenti", "instrumente",
    "division", "promo", "mkt", "dept", "digest", "sha256", "sha1", "sha512",
    # (round 54: a report, a notification, a filing: Dutch ``meldingsnummer``, German ``Meldung``, Polish
    # ``zgłoszenie``; what its number names is the report)
    "report", "reports", "melding", "meldingen", "meldung", "meldungen", "zgloszenie", "zgloszenia",
    # (round 37: venues and their seats; a membership, not its member)
    "venue", "venues", "arena", "stadium", "theatre", "theater", "auditorium", "cinema", "seat", "seating", "bay",
    "gate", "aisle", "membership", "memberships", "scheme", "routing",
    # (round 38: restaurants and places to stay, as hospitality systems name them)
    "restaurant", "restaurants", "restaurante", "ristorante", "alojamiento", "accommodation", "hebergement",
    "unterkunft", "menu",
    # companies and their operators, products and shipping, in the issue's languages
    "betreiber", "operator", "ragione", "razonsocial", "raisonsociale", "ragionesociale", "firmenname",
    "bedrijfsnaam", "sirket", "sirketadi", "spolecnost", "foretag", "virksomhed", "selskab", "spolka", "societe",
    "societa", "sociedad", "sociedade", "unternehmen", "onderneming", "kaisha", "kigyo", "produktu", "produkty",
    "produktnavn", "produit", "urun", "verzend", "versand", "envio", "spedizione", "wysylka", "frakt",
    "forsendelse", "kargo", "shipping", "zbozi", "vyrobek", "tovar",
    "manufacturer", "maker", "hersteller", "fabricant", "fabricante", "produttore", "fabrikant", "producent",
    "tillverkare", "vyrobce", "uretici", "seizomoto",
    # occupations: shared by many people, not an identifier of one
    "occupation", "profession", "professione", "profesion", "profissao", "beruf", "beroep", "zawod", "yrke",
    "erhverv", "povolani", "meslek", "shokugyo",
    # vehicles' plates and suppliers, in more languages
    "plat", "registarska", "registracija", "rekisteri", "rendszam", "kenteken", "kennzeichen", "targa",
    "matricula", "immatriculation", "rejestracja", "spz", "nummerplade", "regnr", "bienso",
    "proveedor", "fornitore", "fournisseur", "lieferant", "leverancier", "dostawca", "fornecedor", "leverandor",
    "leverantor", "tedarikci", "dodavatel", "toimittaja", "szallito", "furnizor", "dobavljac",
    # animals and quotes (round 11); a device's identifiers (a phone's IMEI), as a serial number (round 12; objects,
    # not words, so that short tokens are not joined into them: Serbian ``ime_i_prezime`` is "name and surname")
    "quote", "imei", "meid",
}) | _BOATS_QUAYS_LOTS
#: Objects of a business address: a street, city or postal code of a store is not a person's.
BUSINESS = frozenset({
    "venue", "restaurant",  # (round 38: a venue's or a restaurant's e-mail and phone are the business's)
    "store", "warehouse", "company", "supplier", "vendor", "branch", "office", "facility", "organization", "org",
    "business", "firma", "empresa", "azienda", "bedrijf", "tienda", "magasin", "negozio", "winkel", "sklep",
    "lager", "almacen", "entrepot", "magazzino", "site", "center", "merchant", "shop", "hotel", "bank",
    # warehouses, branches, depots, stores and employers in more languages ("er_" is payroll's employer)
    "employer", "magazijn", "filiale", "filiaal", "filial", "sucursal", "sucursala", "depot", "deposito",
    # (round 71: a retailer, a reseller, a distributor: shops that sell a product on, as a SIM card's seller)
    "retailer", "reseller", "distributor",
    "varasto", "raktar", "depozit", "sklad", "ladu", "noliktava", "sandelis", "kantoor", "bureau", "biuro",
    "toimipiste", "loja", "butik", "kauppa", "myymala", "bolt", "magazin", "prodavnica", "trgovina", "obchod",
    "pobocka", "oddzial", "fiok", "agencia", "agenzia", "agence", "niederlassung", "zweigstelle", "vestiging",
    "afdeling", "plant", "werk", "fabrik", "fabriek", "factory", "headquarters", "hq", "hauptsitz", "sede",
    "siege", "firm", "corporate", "workplace", "arbeitsstatte", "worksite", "zakelijk", "geschaeftlich",
    "geschaftlich",
    # (round 66) a club and its clubhouse (``ClubAddress``, ``klubbhus_adresse``), a Romanian school (``email_scoala``)
    # and a Croatian branch (``poslovnica_email``): the organisation's contact details
    "club", "clubs", "clubhouse", "klub", "klubb", "klubbhus", "klubhus", "scoala", "scolii", "poslovnica",
    "poslovnice",
    # schools, workshops, clinics, insurers and agencies a person's row names (a pupil's school, the body shop of a
    # claim: their address, phone and tax number are the business's)
    "school", "schule", "ecole", "escuela", "scuola", "escola", "szkola", "skola", "skole", "okul", "gakko",
    "koulu", "iskola", "sekolah", "workshop", "carrozzeria", "officina", "werkstatt", "taller", "garage", "warsztat",
    "verkstad", "vaerksted", "dilna", "atolye", "clinic", "clinica", "clinique", "kliniek", "klinika", "klinik", "hospital", "ospedale", "krankenhaus", "hopital",
    "ziekenhuis", "szpital", "sjukhus", "nemocnice", "hastane", "pharmacy", "apotheke", "farmacia", "apteka",
    "pharmacie", "apotek", "insurer", "versicherung", "assicurazione", "aseguradora", "assureur", "verzekeraar",
    "ubezpieczyciel", "forsakring", "sigorta", "seguradora", "agency", "agentur", "makelaar", "inmobiliaria",
    "immobiliare", "centro", "centre", "centrum", "zentrum", "keskus", "merkez",
    # companies, suppliers, creditors and employers (a debt's creditor, an employee's employer)
    "fyrirtaeki", "fyrirtaekis", "yritys", "ceg", "sirket", "kaisha", "selskab", "selskap", "foretag", "spolecnost",
    "spolka", "societa", "societe", "sociedad", "sociedade", "gesellschaft", "unternehmen", "onderneming",
    "proveedor", "lieferant", "fournisseur", "fornitore", "leverancier", "dostawca", "leverantor", "leverandor",
    "dodavatel", "tedarikci", "fornecedor", "toko", "kedai", "ditta", "creditor", "acreedor", "glaubiger", "creancier", "creditore",
    "schuldeiser", "wierzyciel", "borgenar", "kreditor", "veritel", "alacakli", "credor", "empleador", "arbeitgeber",
    "employeur", "werkgever", "pracodawca", "arbetsgivare", "arbejdsgiver", "zamestnavatel", "isveren", "empregador",
    # SAP's vendor master tables (LFA1 general data, LFB1 company code data): suppliers
    "lfa", "lfb",
    # Polish genitives ("NIP pracodawcy", the employer's tax number; "firmy", "dostawcy", "spółki")
    "pracodawcy", "firmy", "dostawcy", "spolki",
    # public authorities and organisations a person's row names (the licensing authority, a congress
    # participant's organisation): their phone, town and postal code are theirs (round 11); a shop in romanized
    # Japanese (tenpo)
    "behoerde", "behorde", "authority", "autorite", "autoridad", "autorita", "autoridade", "organisme",
    "organismo", "instelling", "urzad", "urzedu", "urad", "uradu", "virasto", "myndighet", "myndighed", "verwaltung",
    "tenpo", "shiten", "honsha", "jigyosho", "eigyosho",
    # a branch in Turkish (şube), police stations and boxes, carriers (round 12): their phone and tax number are theirs
    "sube", "police", "polizei", "policia", "polizia", "politie", "policja", "polisen", "poliisi", "koban",
    "keisatsu", "carrier", "spediteur", "vervoerder", "przewoznik", "transportista", "transportadora", "vettore",
    "transporteur", "dopravce", "tasiyici",
}) | _WAREHOUSES_FARMS
#: Round 34: a booking and its reference (PNR): a thing, but beside a person's word (``booking_contact_name``) the
#: person who booked.
_BOOKINGS = frozenset({"booking", "bookings", "reservation", "reservations", "buchung", "reservierung", "boeking",
                       "reserva", "prenotazione", "rezerwacja", "bokning", "rezervace", "rezervasyon", "pnr"})
OBJECTS = OBJECTS | BUSINESS | _BOOKINGS | frozenset({
    # round 34: a discount code, a charging point, a token, a password, an audience
    "rabat", "rabatowy", "rabatt",
    "rabattkod", "korting", "kortingscode", "descuento", "sconto", "remise", "desconto", "indirim", "sleva",
    "charger", "chargepoint", "evse", "laddare", "laddpunkt", "laddstation", "ladestation", "ladesaeule", "ladesaule",
    "laadpaal", "token", "tokens", "password", "passwort", "kennwort", "wachtwoord", "contrasena", "senha", "haslo",
    "losenord", "adgangskode", "heslo", "sifre", "audience", "audiences",
    # round 36: an academic degree, an avatar's image
    "degree", "degrees", "avatar",
})
#: Things and businesses added in round 13: beside a word naming a person (``boat_owner_name``, a farm's contact
#: person) they do not make the column a thing's.
THINGS_13 = _BOATS_QUAYS_LOTS | _WAREHOUSES_FARMS | _BOOKINGS | {"policy"}
#: Words that make a "name" column a person's name: a person, a role a person holds (signer, recipient, manager),
#: a relative (mother), a full name, a middle name or a name's reading (kana).
PERSON = frozenset({"customer", "employee", "person", "full", "role", "mother", "middle", "kana"})
#: Concepts that alone name a person (a signer, a recipient, a manager, a mother): the column holds their name.
_PEOPLE = frozenset({"person", "role", "mother"})

#: Words naming a digest (a hash of a file or record), which identifies no person.
DIGESTS = frozenset({"sha", "sha1", "sha256", "sha512", "md5", "checksum", "digest", "crc", "crc32", "hashsum",
                     "hash", "hashed"})  # (round 68: ``cust_ssn_hash``, ``hashed_email``: a digest, as ``email_sha256``)

#: Native-script words, matched as substrings of the folded name (longest first), with the concept they add.
SCRIPT_WORDS: dict[str, str] = {
    # Japanese
    "氏名": "person", "名前": "name", "フリガナ": "name", "姓": "last", "苗字": "last", "名": "first", "住所": "street",
    "電話": "phone", "携帯": "phone", "メール": "email", "生年月日": "birthdate", "誕生日": "birthdate",
    "郵便番号": "postcode", "市区町村": "city", "都市": "city", "備考": "note", "口座": "iban",
    # (round 51) a customer's, a member's, a patient's, an employee's, a user's or a contract holder's name (名 after
    # a person is the whole name, not the given name)
    "顧客名": "name", "会員名": "name", "患者名": "name", "社員名": "name", "従業員名": "name", "利用者名": "name",
    "契約者名": "name", "申込者名": "name", "お客様名": "name",
    "マイナンバー": "national", "個人番号": "national", "顧客": "customer", "社員": "employee", "番号": "number",
    "会社": "company", "社名": "company", "企業": "company", "法人": "company", "商品": "product", "製品": "product",
    "都道府県": "region", "番地": "street", "丁目": "street", "建物": "street", "医師": "doctor", "担当医": "doctor",
    "携帯番号": "phone", "生年": "birth",
    # Cyrillic (folded: й -> и)
    "фио": "full", "имя": "first", "фамилия": "surname", "отчество": "patronymic", "улица": "street",
    "дом": "street", "квартира": "street", "почтовыи": "postal", "мобильныи": "phone", "врач": "doctor",
    "компани": "company", "организаци": "company", "товар": "product", "область": "region", "день": "day",
    "месяц": "month", "год": "year", "телефон": "phone", "адрес": "street",
    "почта": "email", "рождения": "birth", "дата": "date", "город": "city", "индекс": "postcode",
    "паспорт": "national", "инн": "national", "снилс": "ssn", "комментари": "note", "примечание": "note",
    "клиент": "customer", "сотрудник": "employee",
    # round 12: a carrier (перевозчик), a driving licence (водительское удостоверение, ВУ), an identity document
    "перевозчик": "company", "удостоверени": "iddocument", "водительск": "national",
    # (round 63) a Bulgarian identity card (лична карта) and driving licence (шофьорска книжка), a Ukrainian
    # certificate (посвідчення)
    # (round 67) Kuwait's and the Gulf's civil ID number (الرقم المدني), a number in Thai (เลข: ``เลขหนังสือเดินทาง``,
    # a passport's)
    "الرقم_المدني": "national", "الرقم المدني": "national", "رقم_مدني": "national", "رقم مدني": "national",
    "เลข": "number",
    "лична_карт": "national", "лична карт": "national", "шофьорск": "national", "посвідчен": "iddocument",
    # Japanese round 12: identity verification (本人確認) papers (書類), a licence (免許), a registration (登録)
    "本人確認": "national", "書類": "iddocument", "免許": "national", "登録": "when", "年月日": "date",
    # Greek (folded: accents removed)
    "ονοματεπωνυμο": "person", "επωνυμο": "surname", "επωνυμια": "company", "εταιρεια": "company",
    "ιατρος": "doctor", "γιατρος": "doctor", "νομος": "region", "ημερα": "day", "μηνας": "month", "ετος": "year",
    "κωδικας": "code", "ονομα": "first", "τηλεφωνο": "phone", "κινητο": "phone",
    "διευθυνση": "street", "οδος": "street", "πολη": "city", "γεννησης": "birth", "ημερομηνια": "date",
    "ταχυδρομικος": "postcode", "αφμ": "national", "αμκα": "ssn", "αδτ": "national", "σχολια": "note", "πελατης": "customer",
    "πατρωνυμο": "patronymic", "μητρος": "mother", "μητερας": "mother", "μητερα": "mother", "πατερα": "mother",
    "πατρος": "mother", "φορεα": "company", "ηλεκτρονικο": "email", "γεννηση": "birth", "αστυνομικη": "national",
    # more Japanese: a name's reading, full address, birth
    "カナ": "kana", "かな": "kana", "ふりがな": "kana", "よみ": "kana", "ヨミ": "kana", "生年月日": "birthdate",
    "所在地": "street", "連絡先": "phone", "担当者": "role", "署名": "role", "受取人": "role", "母": "mother",
    # Bulgarian, Ukrainian, Serbian, Russian (Cyrillic)
    "име": "first", "ім'я": "first", "імя": "first", "презиме": "patronymic", "прізвище": "surname",
    "по батькові": "patronymic", "пощенски": "postal", "поштовии": "postal", "поштански": "postal", "код": "code",
    "населено": "city", "населении": "city", "град": "city", "місто": "city", "вулиця": "street",
    "адреса": "street", "раждане": "birth", "рождена": "birth", "народження": "birth", "рођења": "birth",
    "егн": "national", "јмбг": "national", "лекар": "doctor", "лікар": "doctor", "поща": "email",
    "пошта": "email", "имеил": "email", "електронна": "email", "электронная": "email", "індекс": "postcode",
    "мобилен": "phone", "мобільнии": "phone", "майка": "mother", "мати": "mother", "мать": "mother",
    "подписал": "role", "получател": "role", "одержувач": "role", "получатель": "role", "управител": "role",
    "менеджер": "role", "керівник": "role", "руководитель": "role", "пациент": "person", "пацієнт": "person",
    # Korean (Hangul)
    "성명": "full", "이름": "name", "주소": "street", "전화": "phone", "휴대폰": "phone", "핸드폰": "phone",
    "연락처": "phone", "이메일": "email", "메일": "email", "생년월일": "birthdate", "생일": "birthdate",
    "우편번호": "postcode", "도시": "city", "시군구": "city", "주민등록번호": "national", "주민번호": "national",
    "여권": "national", "고객": "customer", "직원": "employee", "담당자": "role", "감독자": "role", "관리감독자": "role",
    "상담원": "role", "의사": "doctor", "비고": "note",
    "메모": "note", "회사": "company", "상품": "product", "번호": "number", "어머니": "mother", "수령인": "role",
    # Chinese (simplified and traditional)
    "姓名": "full", "名字": "name", "地址": "street", "电话": "phone", "手机": "phone", "手機": "phone",
    "邮箱": "email", "电子邮件": "email", "電子郵件": "email", "出生日期": "birthdate", "生日": "birthdate",
    "邮编": "postcode", "邮政编码": "postcode", "郵遞區號": "postcode", "城市": "city", "身份证": "national",
    "身分證": "national", "护照": "national", "護照": "national", "客户": "customer", "客戶": "customer",
    "员工": "employee", "員工": "employee", "医生": "doctor", "醫生": "doctor", "备注": "note", "公司": "company",
    "产品": "product", "收件人": "role", "签名": "role", "母亲": "mother",
    # Arabic, Hebrew
    "بريدي": "postal", "بريد": "email", "الاسم": "name", "اسم": "name", "لقب": "last", "عائلة": "last",
    "هاتف": "phone", "جوال": "phone", "عنوان": "street", "شارع": "street", "مدينة": "city", "رمز": "code",
    "ميلاد": "birth", "تاريخ": "date", "هوية": "national", "طبيب": "doctor", "مستلم": "role",
    "שם": "name", "פרטי": "first", "משפחה": "last", "טלפון": "phone", "נייד": "phone", "אימייל": "email",
    "כתובת": "street", "רחוב": "street", "עיר": "city", "מיקוד": "postcode", "לידה": "birth", "תאריך": "date",
    "זהות": "national", "רופא": "doctor", "נמען": "role", "הערות": "note", "הערה": "note", "רוקח": "role",
    "איש קשר": "person",
    # Chinese and Ukrainian: a contact person, a full name (ПІБ), a judge, a patronymic, a tax number
    "联系人": "person", "聯絡人": "person", "联络人": "person", "піб": "full", "суддя": "role", "судья": "role",
    "батьков": "patronymic", "рнокпп": "national",
    # (round 37: a household's head, a tenant, a landlord in Korean, Ukrainian and Russian; a house's number in Hebrew;
    # a place of work in Japanese, whose phone is the employer's)
    "세대주": "role", "임차인": "role", "임대인": "role", "세입자": "role", "입주자": "role", "орендар": "role",
    "орендатор": "role", "орендодав": "role", "арендатор": "role", "арендодатель": "role", "наниматель": "role",
    "בית": "street", "מספר": "number", "勤務先": "company",
    # (round 37: Greek ``ακίνητο``, a property, holds ``κινητό``, a mobile: the longer word is read first)
    "ακινητο": "property", "περιοδ": "time",  # (and ``περίοδος``, a period, holds ``οδός``, a street)
    # (round 38: a passport, an employee, a guest, a manager, a guide, remarks, a document, a booking, a contact and an
    # occupation in Thai, Arabic, Hebrew, Greek and Japanese)
    "หนังสือเดินทาง": "iddocument", "เลขที่": "number", "พนักงาน": "employee", "جواز": "iddocument", "رقم": "number",
    "ضيف": "customer", "مدير": "role", "מדריך": "role", "παρατηρησ": "note", "εγγραφ": "iddocument",
    "κρατησ": "order", "επαφ": "person", "職業": "occupation",
    # (round 39: a recipient's and a sender's name on a Japanese shipping label, an apartment building's name, a
    # control number; an instructor and a teacher in Korean, a head teacher in Chinese)
    "お届け先名": "full", "届け先名": "full", "依頼主名": "full", "宛名": "full", "荷送人名": "full", "荷受人名": "full",
    "マンション": "street", "アパート": "street", "管理番号": "surrogate", "강사": "role", "교사": "role",
    "班主任": "role", "老师": "role", "教师": "role", "담당": "role", "接送人": "role",
    "학생명": "full", "학부모명": "full", "보호자명": "full", "고객명": "full", "회원명": "full", "환자명": "full",
    "특이사항": "note", "ملاحظات": "note", "过敏": "note", "σταθερο": "phone", "μητρω": "record",
    "अनुक्रमांक": "number", "सत्र": "session", "关系": "type", "관계": "type", "続柄": "type",
    # Thai (folded: vowel and tone marks removed, as in the names matched)
    "ชื่อ": "first", "นามสกุล": "surname", "ชื่อ-นามสกุล": "full", "ชื่อนามสกุล": "full", "ประชาชน": "national",
    "บัตรประจำตัว": "national", "วันเกิด": "birthdate", "เกิด": "birth", "ที่อยู่": "street", "เมือง": "city",
    "จังหวัด": "region", "อำเภอ": "city", "รหัสไปรษณีย์": "postcode", "ไปรษณีย์": "postal", "เบอร์โทร": "phone",
    "โทรศัพท์": "phone", "มือถือ": "phone", "อีเมล": "email", "ถนน": "street", "หมายเหตุ": "note",
    "บริษัท": "company", "สินค้า": "product", "ทะเบียนรถ": "plate", "แพทย์": "doctor", "ผู้ติดต่อ": "person",
    # Hindi (Devanagari)
    "नाम": "name", "पहला": "first", "उपनाम": "surname", "पूरा": "full", "फ़ोन": "phone", "फोन": "phone",
    "मोबाइल": "phone", "ईमेल": "email", "पता": "street", "शहर": "city", "पिन": "postcode", "जन्म": "birth",
    "तिथि": "date", "तारीख": "date", "आधार": "national", "टिप्पणी": "note", "ग्राहक": "customer",
    "कर्मचारी": "employee", "डॉक्टर": "doctor", "कंपनी": "company", "उत्पाद": "product", "राज्य": "region",
    # Persian
    "نام": "name", "خانوادگی": "surname", "ملی": "national", "تلفن": "phone", "موبایل": "phone", "همراه": "phone",
    "ایمیل": "email", "نشانی": "street", "آدرس": "street", "شهر": "city", "پستی": "postal", "تولد": "birth",
    "توضیحات": "note", "مشتری": "customer", "کارمند": "employee", "پزشک": "doctor", "شرکت": "company",
    "استان": "region",
    # spouses, coaches and houses in Greek, Korean, Hindi and Persian script
    "σύζυγος": "role", "προπονητής": "role", "코치": "role", "पत्नी": "role", "प्रशिक्षक": "role", "همسر": "role",
    "मकान": "street", "پلاک": "street",
    # more Korean
    "성함": "full", "주민": "national", "생년": "birth", "거주지": "street", "보호자": "role", "배우자": "role",
    # birth and its place, attending doctors and nurses in Korean, Chinese and Japanese
    "출생": "birth", "출생일": "birthdate", "탄생일": "birthdate", "출생지": "city", "주치의": "doctor",
    "담당의": "doctor", "간호사": "role", "出生": "birth", "出生年月": "birthdate", "出生地": "city",
    "誕生": "birth", "主治医": "doctor", "主治醫": "doctor", "护士": "role", "護士": "role", "看護師": "role",
    # a patient, an emergency contact's name, an insured person's number, a referring institution, a technician,
    # a contract holder (Japanese); a document's series and number, a version (Russian); an identity card's number,
    # an employee, a hiring date, a mother's name (Greek)
    "患者": "person", "連絡先氏名": "person", "被保険者": "national", "医療機関": "hospital", "紹介元": "hospital",
    "技師": "role", "契約者": "person", "номер": "number", "документ": "iddocument", "версия": "version",
    "ταυτοτητας": "national", "ταυτοτητα": "national", "αριθμος": "number", "εργαζομενου": "employee",
    "εργαζομενος": "employee", "εργαζομενοι": "employee", "προσληψης": "when", "προσληψη": "when",
    "κωδικος": "code", "документа": "iddocument", "серия": "number", "緊急": "role", "выдачи": "when",
    "выдан": "when",
    "μητρωνυμο": "patronymic",
    # (round 16) a passport (Greek, any case ending); a pet (Japanese): its name and birth date are no person's
    "διαβατηρ": "national", "ペット": "animal",
    # round 11: an heir, a notary, a nurse (Greek); an intercom (Russian домофон: its code opens a door, it is no
    # house, дом)
    "κληρονομ": "role", "συμβολαιογραφος": "role", "νοσηλευτ": "role", "домофон": "device",
    # round 13: an administrator, a teacher, a driver, a doctor (Russian); a login (логин, пользователь); a lecturer and
    # a teacher (Japanese 講師, 先生, 教師); a Greek postal code abbreviated Τ.Κ. (ταχυδρομικός κώδικας)
    "администратор": "role", "учитель": "role", "преподавател": "role", "водител": "role", "логин": "login",
    "пользовател": "login", "講師": "role", "先生": "role", "教師": "role", "καθηγητ": "role", "δασκαλ": "role",
    "οδηγ": "role", "χρηστη": "login", "ασθεν": "person",
    # round 68: an employee (Greek), a locality (Russian населённый пункт), Japan's health-insurance card (保険証; an
    # insurance policy, 保険証券, is the insurer's), a card (カード, folded), birth cut short (Russian рожд.,
    # Ukrainian народж.), the postal mark 〒, a residence card (在留カード), sellers, cashiers and advisers, an escort
    # (Greek συνοδός: no street, οδός), a user (Bulgarian, Ukrainian), a handle and a nickname
    "υπαλληλ": "employee", "населенн": "city", "保険証": "national", "カート": "card", "保険証券": "policy",
    "рожд": "birth", "народж": "birth", "〒": "postcode", "在留": "national", "販売員": "role", "продавец": "role",
    "продавщиц": "role", "консультант": "role", "πωλητ": "role", "ταμιας": "role", "συμβουλος": "role",
    "συνοδ": "role", "потребител": "login", "користувач": "login", "ハンドルネーム": "login", "ニックネーム": "login",
    "昵称": "login", "暱稱": "login", "닉네임": "login",
    "등록자": "role", "캠페인": "campaign", "インスタ": "login", "кассир": "role", "χωριο": "city", "旅券": "national",
}
#: Words that carry nothing: data-lake prefixes, layer names, "of".
_NOISE = frozenset({"door", "durch", "por", "par", "by", "von", "ya", "przez", "av", "af", "of", "the", "src", "crm", "raw", "stg", "tmp", "dim", "fact", "tbl", "col", "fld", "field",
                    "attr", "val", "value", "details", "detail", "metadata", "meta", "properties", "custom", "str", "txt", "x", "y", "z", "c", "de", "di", "da", "du", "del", "la",
                    # (round 54: a data vendor's appended value, ``COA-PHONE-APPEND``, is the value itself)
                    "append", "appended",
                    "le", "el", "der", "die", "das", "van", "und", "e"})


#: Letters without a decomposition into a base letter and an accent.
_LETTERS = {"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "đ": "d", "Đ": "D",
            "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H"}
_LETTER_RE = re.compile("|".join(_LETTERS))


def fold(text: str) -> str:
    """``text`` lower-cased with accents and other combining marks removed, any script kept.

    Example:
        >>> fold("Città"), fold("Όνομα"), fold("Straße")
        ('citta', 'ονομα', 'strasse')
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", _LETTER_RE.sub(lambda m: _LETTERS[m.group()], text))
    return _combining().sub("", decomposed).lower()


@lru_cache(maxsize=1)
def _combining() -> re.Pattern[str]:
    """Every combining mark (accents, Thai vowel and tone marks, Hebrew points), as one character class."""
    marks = [chr(cp) for cp in range(0x300, 0x20000) if unicodedata.combining(chr(cp))]
    return re.compile("[" + "".join(re.escape(m) for m in marks) + "]")


#: Businesses a person's row names, in native scripts (matched inside the name, so inflected forms count too).
SCRIPT_WORDS.update({
    "倉庫": "warehouse", "店舗": "store", "商店": "store", "магазин": "store", "会社": "company", "学校": "school", "工場": "factory", "出荷元": "warehouse", "公司": "company",
    "仓库": "warehouse", "회사": "company", "학교": "school", "창고": "warehouse", "склад": "warehouse",
    "поставщик": "supplier", "постачальник": "supplier", "работодател": "employer", "роботодав": "employer",
    "кредитор": "creditor", "школ": "school", "μεσιτικ": "agency", "εταιρ": "company", "σχολειο": "school",
    "προμηθευτ": "supplier", "εργοδοτ": "employer", "ספק": "supplier", "מעסיק": "employer", "شركة": "company",
    "место": "place", "місце": "place", "τοπος": "place", "χωρος": "place", "مكان": "place", "出生地": "city",
    "担当": "role", "куратор": "role", "водитель": "role", "ドライバー": "role", "運転手": "role", "配達員": "role",
    "司机": "role", "운전기사": "role",
    # round 21: staff (Japanese), a chef and a cook (Japanese, Greek, Russian)
    "スタッフ": "role", "シェフ": "role", "料理人": "role", "σεφ": "role", "μαγειρ": "role", "повар": "role", "врач": "doctor", "учитель": "role", "священник": "role",
    "مورد": "supplier", "फार्मेसी": "pharmacy", "अस्पताल": "hospital", "약국": "pharmacy", "병원": "hospital",
    # round 32: a delivery rider (Korean), a courier (Chinese)
    "라이더": "role", "배달원": "role", "快递员": "role", "配送员": "role", "骑手": "role",
    # round 36: a type (Greek, Russian)
    "τυπος": "type", "тип": "type",
    # round 33: a pet and an animal's name (Russian, Ukrainian, Greek, Japanese)
    "кличка": "animal", "питомец": "animal", "тварин": "animal", "животн": "animal", "κατοικιδι": "animal",
    "ペット": "animal", "年金番号": "ssn", "будинок": "street",
    # round 42: who registered a row and a witness (Japanese), a user's ID and a security guard (Korean), an escort
    # and an officer (Hebrew)
    "登録者": "role", "立会者": "role", "아이디": "login", "경비원": "role", "מלווה": "role", "קצין": "role",
    # round 43: a father, a grandfather, national, an employee, the one responsible, who entered a row ("entered by")
    # in Arabic; an operator in Ukrainian and Russian
    "الأب": "mother", "الجد": "mother", "الوطني": "national", "الموظف": "role", "المسؤول": "role",
    "بواسطة": "person", "أدخل": "created", "оператор": "role",
    # round 46: a municipality (Japanese 市町村, without the ward of 市区町村)
    "市町村": "city",
    # round 47: a stylist (Japanese), a seafarer's book (Bulgarian моряшка книжка, Greek ναυτικό φυλλάδιο: a booklet
    # of a person's), birth in the nominative (Russian место рождения is also written месторождение), a ship
    # (Bulgarian and Russian кораб/корабль, Greek πλοίο): named as people are, no person
    "スタイリスト": "role", "моряшк": "national", "книжк": "iddocument", "φυλλαδι": "iddocument", "рождение": "birth", "кораб": "animal",
    "πλοιο": "animal",
    # round 56: a childbirth (Greek τοκετός): its date is the child's date of birth (a cord-blood bank's units)
    "τοκετ": "birth",
    # round 70: an account's holder (Japanese 口座名義, as ``koza_meigi``: the values tell), a class teacher
    # (Japanese 担任), a driving licence (Greek δίπλωμα οδήγησης; beside a vehicle, as every licence)
    "口座名義": "meigi", "担任": "role", "διπλωμα": "licence",
    # round 71: a crew member (Japanese 乗務員, a taxi's or a train's), a driving licence (Greek άδεια οδήγησης: a
    # licence to drive, a person's), a vehicle's registration plate (αριθμός κυκλοφορίας)
    "特記事項": "note", "乗務員": "role", "乗務員名": "name", "αδεια οδηγησης": "national", "αδεια_οδηγησης": "national",
    "κυκλοφοριας": "plate",
})
#: Native-script words folded like the names they are matched in (Hangul and kana decompose under NFKD).
SCRIPT_WORDS = {fold(word): concept for word, concept in SCRIPT_WORDS.items()}
_SCRIPT_ORDER = sorted(SCRIPT_WORDS, key=len, reverse=True)


#: Round 28: two-letter words read only as a whole token, never as the end of a compound (Polish ``ur``, born,
#: ends French ``coordinateur``, ``directeur``; round 56: ``ni``, the UK's National Insurance, ends Czech adjectives,
#: ``kontaktni``, ``adresni``).
_WHOLE_ONLY = frozenset({"ur", "ni"})


def _segment(token: str) -> list[str] | None:
    """``token`` split into vocabulary words of 3+ letters (``dateofbirth`` -> date, of, birth), or None."""
    n = len(token)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - 26), end):
            piece = token[start:end]
            prev = best[start]
            # a word of 3+ letters, a 2-letter word at the end (``fodelsear``), or "of" / a German linking "s"
            word = (piece in WORDS or piece in OBJECTS) and (len(piece) >= 3 or end == n and len(piece) == 2 and (
                piece not in _WHOLE_ONLY))
            joiner = piece == "of" or piece == "s" and 0 < start and end < n
            if prev is not None and (word or joiner):
                if best[end] is None or len(prev) + 1 < len(best[end]):  # type: ignore[arg-type]
                    best[end] = [*prev, piece]
    return best[n]


_LONG_VOWELS = re.compile(r"uu|ou|oo|ii|ee|aa")


#: Abbreviations that stand for two concepts (SAP ``GBORT`` birth place, ``BANKN`` bank account number, Polish
#: "rachunek" a bank account, whose number is the IBAN's digits).
_EXPANSIONS = {"gbort": ["birth", "place"], "bankn": ["iban"], "rachunku": ["iban"], "rachunek": ["iban"],
               # (round 50) a Nigerian bank account number (NUBAN), Japanese 口座 (an account at a bank), Czech and
               # Slovak "účet" (an account; ``cislo_uctu``, its number)
               "nuban": ["iban"], "kouza": ["iban"], "koza": ["iban"], "uctu": ["iban"], "ucet": ["iban"],
               # (round 52) Mexico's interbank account number (CLABE)
               "clabe": ["iban"],
               # (round 42) who changed or created an AS/400 record (``MBCHGU``, ``WRCRTU``), Dutch ``WIJZUS``
               "chgu": ["modified", "person"], "crtu": ["created", "person"], "wijzus": ["modified", "person"],
               # (round 43) Swahili "the one who entered it"
               "aliyeingiza": ["created", "person"]}


#: Role words long enough to be told at the end of a compound word (``wijkverpleegkundige``, ``fallsachbearbeiter``).
_ROLE_ENDINGS = tuple(sorted((w for w, c in WORDS.items() if c == "role" and len(w) >= 8), key=len, reverse=True))


#: A master craftsman at the end of a compound (German ``Braumeister``, Hungarian ``főzőmester``, Finnish
#: ``leipurimestari``): shorter than the role endings above, so told apart from a semester by hand.
_MASTER_ENDINGS = ("meister", "mester", "mestari", "meester")  # (round 47: Dutch ``havenmeester``)


#: Round 44: the concepts a word is read as when a case ending follows it (Slavic and Baltic genitives, a Turkish
#: possessive): documents, phones and a person's address, whose words are long enough for the ending to be told.
_INFLECTED = frozenset({"national", "iddocument", "licence", "phone", "street", "address", "city", "birth",
                        "postcode", "surname"})
#: The case endings told apart (``paszportu``: of the passport; ``dokladu``: of the document; ``belgesi``).
_CASE_ENDINGS = ("u", "a", "y", "e", "i", "si")


def _inflected(token: str) -> str:
    """Round 44: the vocabulary word ``token`` is, a case ending taken off (Polish ``paszportu``, Czech ``dokladu``:
    "of the passport", "of the document"), when that word has five letters or more and means a concept of
    :data:`_INFLECTED`; "" otherwise.

    Example:
        >>> _inflected("paszportu"), _inflected("dokladu"), _inflected("telefonu"), _inflected("persona")
        ('paszport', 'doklad', 'telefon', '')
    """
    for ending in _CASE_ENDINGS:
        stem = token.removesuffix(ending)
        if stem != token and len(stem) >= 5 and WORDS.get(stem) in _INFLECTED:
            return stem
    return ""


def _concepts(token: str) -> list[str]:
    if token in WORDS:
        return [WORDS[token]]
    if token in _EXPANSIONS:
        return list(_EXPANSIONS[token])
    if token.startswith(("zz", "yy")) and len(token) >= 5 and token[2:] in WORDS:
        return [WORDS[token[2:]]]  # (round 48: an SAP customer field, ``ZZIDNR``, ``ZZTELNR``: the field after the ZZ)
    if token.startswith("geburt"):
        rest = token[6:].removeprefix("s")
        return ["birth", *(_concepts(rest) if rest else ["date"])]
    if token.endswith(("strasse", "straat")):
        return ["street"]
    if any(token.endswith(r) and len(token) >= len(r) + 3 for r in _ROLE_ENDINGS) or token.endswith(
            _MASTER_ENDINGS) and not token.endswith(("semester", "trimester")) and len(token) >= 9:
        return ["role"]  # a compound ending in a role (Dutch ``wijkverpleegkundige``, a district nurse; Hungarian
        # ``fozomester`` and German ``Braumeister``, a master craftsman)
    if token.endswith("s") and token[:-1] in WORDS and len(token) >= 5:  # a genitive "s" (bostedsAdresse)
        return [WORDS[token[:-1]]]
    if (stem := _inflected(token)) in WORDS:
        return [WORDS[stem]]
    short = _LONG_VOWELS.sub(lambda m: m.group()[0], token)
    if short != token and short in WORDS:  # romanized Japanese with long vowels doubled: yuubin, gakkou, bangou
        return [WORDS[short]]
    pieces = _segment(token) if len(token) >= 5 else None
    if pieces:
        return [WORDS.get(p, p) for p in pieces if p not in ("of", "s")]
    return [token]


def _joined(tokens: list[str]) -> list[str]:
    """Runs of two or three short tokens, not all of them words already, whose concatenation is a vocabulary
    word, joined: languages that write a word in syllables (Vietnamese ``so_dien_thoai``, ``ho_ten``) or in parts
    (Swahili ``barua_pepe``, Estonian ``pere_nimi``).

    Example:
        >>> _joined(["so", "dien", "thoai"]), _joined(["ho", "ten", "khach"]), _joined(["first", "name"])
        (['sodienthoai'], ['hoten', 'khach'], ['first', 'name'])
    """
    out, i = [], 0
    while i < len(tokens):
        for size in (3, 2):
            run = tokens[i:i + size]
            if len(run) == size and all(len(t) <= 5 for t in run) and "".join(run) in WORDS and not all(
                    t in WORDS for t in run):  # "birth_day" keeps its day: both are words already
                out.append("".join(run))
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


#: HL7 v2 (2.5) fields of the segments that carry a person, by position: the standard's meaning in words the
#: vocabulary reads, and the data type whose components (``PID_5_1``, ``PID.11.3``) say which part of it a column is.
#: A field not listed is a code, an identifier or an event the standard defines as such.
_HL7_FIELDS: dict[str, dict[int, tuple[str, str]]] = {
    "PID": {1: ("", "set id"), 2: ("CX", "record id"), 3: ("CX", "record id"), 4: ("CX", "record id"),
            5: ("XPN", "person full name"), 6: ("XPN", "birth surname"), 7: ("", "birth date"), 8: ("", "gender"),
            9: ("XPN", "person full name"), 10: ("", "race code"), 11: ("XAD", ""), 12: ("", "county code"),
            13: ("XTN", "phone"), 14: ("XTN", "phone"), 15: ("", "language"), 16: ("", "status code"),
            17: ("", "religion code"), 18: ("CX", "account record id"), 19: ("", "ssn"),
            20: ("DLN", "national id"), 21: ("CX", "record id"), 22: ("", "ethnic code"), 23: ("", "birth place"),
            24: ("", "flag"), 25: ("", "count"), 26: ("", "country code"), 27: ("", "status code"),
            28: ("", "country code"), 29: ("", "event date"), 30: ("", "flag")},
    "NK1": {1: ("", "set id"), 2: ("XPN", "person full name"), 3: ("", "relationship code"), 4: ("XAD", ""),
            5: ("XTN", "phone"), 6: ("XTN", "phone"), 7: ("", "role code"), 8: ("", "start date"),
            9: ("", "end date"), 10: ("", "job title"), 11: ("", "job code"), 12: ("CX", "record id"),
            13: ("", "organization name"), 14: ("", "status code"), 15: ("", "gender"), 16: ("", "birth date"),
            19: ("", "country code"), 20: ("", "language"), 30: ("XPN", "person full name"), 31: ("XTN", "phone"),
            32: ("XAD", ""), 33: ("CX", "record id"), 37: ("", "ssn"), 38: ("", "birth place")},
    "PV1": {1: ("", "set id"), 2: ("", "class code"), 3: ("", "location code"), 4: ("", "type code"),
            5: ("CX", "record id"), 6: ("", "location code"), 7: ("XCN", "doctor"), 8: ("XCN", "doctor"),
            9: ("XCN", "doctor"), 10: ("", "service code"), 11: ("", "location code"), 17: ("XCN", "doctor"),
            18: ("", "type code"), 19: ("CX", "record id"), 44: ("", "admission date"),
            45: ("", "discharge date"), 50: ("CX", "record id"), 52: ("XCN", "doctor")},
    "GT1": {2: ("CX", "record id"), 3: ("XPN", "person full name"), 4: ("XPN", "person full name"),
            5: ("XAD", ""), 6: ("XTN", "phone"), 7: ("XTN", "phone"), 8: ("", "birth date"), 9: ("", "gender"),
            10: ("", "type code"), 11: ("", "relationship code"), 12: ("", "ssn"), 16: ("", "employer name"),
            17: ("XAD", "employer"), 18: ("XTN", "employer phone"), 19: ("CX", "record id")},
    "IN1": {2: ("", "plan code"), 3: ("CX", "record id"), 4: ("", "company name"), 5: ("XAD", "company"),
            7: ("XTN", "company phone"), 8: ("", "group code"), 16: ("XPN", "person full name"),
            17: ("", "relationship code"), 18: ("", "birth date"), 19: ("XAD", ""), 36: ("CX", "record id"),
            49: ("CX", "record id")},
    "MRG": {1: ("CX", "record id"), 2: ("CX", "record id"), 3: ("CX", "record id"), 4: ("CX", "record id"),
            5: ("CX", "record id"), 6: ("CX", "record id"), 7: ("XPN", "person full name")},
}
#: Components of HL7 v2 data types: a person's name (XPN), a staff member's name (XCN), an address (XAD), a
#: telecommunication number (XTN), a driver's licence (DLN), an identifier (CX).
_HL7_COMPONENTS: dict[str, dict[int, str]] = {
    "XPN": {1: "surname", 2: "first name", 3: "middle name"},
    "XCN": {1: "record id", 2: "surname", 3: "first name", 4: "middle name"},
    "XAD": {1: "street", 2: "street line", 3: "city", 4: "region", 5: "postcode", 6: "country code", 9: "county"},
    "XTN": {1: "phone", 4: "email", 12: "phone"},
    "DLN": {1: "national id", 3: "expiry date"},
    "CX": {},
}
_HL7_NAME = re.compile(r"^(PID|NK1|PV1|GT1|IN1|MRG)[_.\-](\d{1,2})(?:[_.\-](\d{1,2}))?(?:[_.\-](\d{1,2}))?$",
                       re.IGNORECASE)


def _hl7(name: str) -> str:
    """An HL7 v2 segment field (``PID_5``, ``PID.11.3``, ``NK1_2``) in the words the standard defines it by, or "".

    Example:
        >>> _hl7("PID_7"), _hl7("PID.11.3"), _hl7("PV1_7_2"), _hl7("IN1_5_1"), _hl7("order_5")
        ('birth date', 'city', 'surname', 'company street', '')
    """
    m = _HL7_NAME.match(name)
    if not m or not (field := _HL7_FIELDS[m.group(1).upper()].get(int(m.group(2)))):
        return ""
    data_type, words = field
    if not m.group(3) or not data_type:
        return words or "person street address"
    part = _HL7_COMPONENTS[data_type].get(int(m.group(3)), "record id" if data_type == "CX" else "type code")
    owner = words if data_type in ("XAD", "XTN") and words and words != "phone" else ""
    return f"{owner.replace(' phone', '')} {part}".strip()


#: Round 52: ANSI X12 (837 claims, 835 remittances, 834 enrolments) flattened as segment, entity code and element
#: (``NM1_IL_03``: the subscriber's last name): the entity codes of people (the insured or subscriber, the patient, a
#: dependent, the providers who treat them) and the elements of a name, an address, a demographic and a reference.
_X12_PEOPLE = frozenset({"IL", "QC", "74", "03", "GB", "82", "DN", "DK", "DQ", "71", "72", "73", "P3", "1P", "IN"})
_X12_ELEMENTS: dict[str, dict[int, str]] = {
    "NM1": {3: "surname", 4: "first name", 5: "middle name", 9: "record id"},
    "N3": {1: "street", 2: "street line"},
    "N4": {1: "city", 2: "region", 3: "postcode", 4: "country code"},
    "DMG": {2: "birth date", 3: "gender"},
}
_X12_NAME = re.compile(r"^(NM1|N3|N4|DMG|REF)[_.\-]([A-Z0-9]{2})[_.\-](\d{2})$", re.IGNORECASE)


def _x12(name: str) -> str:
    """Round 52: an X12 element flattened with its entity or reference code (``NM1_IL_03``, ``DMG_IL_02``,
    ``REF_SY_02``) in the words the standard defines it by, or "": a person's element for the entity codes of people,
    a company's for the others (a billing provider, a payer, a submitter).

    Example:
        >>> _x12("NM1_IL_03"), _x12("N4_QC_03"), _x12("DMG_IL_02"), _x12("REF_SY_02"), _x12("NM1_85_03")
        ('surname', 'postcode', 'birth date', 'ssn', 'company name')
        >>> _x12("REF_EI_02"), _x12("NM1_IL_09"), _x12("order_IL_03")
        ('record id', 'record id', '')
    """
    m = _X12_NAME.match(name)
    if not m:
        return ""
    segment, code, element = m.group(1).upper(), m.group(2).upper(), int(m.group(3))
    if segment == "REF":
        return "ssn" if code == "SY" and element == 2 else "record id"  # SY: the qualifier of a social security number
    words = _X12_ELEMENTS[segment].get(element, "type code")
    if code in _X12_PEOPLE or words in ("record id", "type code"):
        return words
    return "company " + ("name" if words in ("surname", "first name", "middle name") else words)


#: The last segment of a flattened path when it only holds the value of the segment before it (FHIR ``name.text``,
#: ``generalPractitioner.display``, ``telecom.value``).
_VALUE_LEAVES = frozenset({"text", "display", "value", "valuestring", "formattedvalue"})
_INDEX = re.compile(r"\[(\d+)\]|__(\d+)__|\.(\d+)\.")


def _path(name: str) -> str:
    """A flattened path (FHIR, JSON, OData, Salesforce relationships) as the words that say what its value is:
    index segments dropped (a second given name is a middle name), a leaf that only holds the value of the segment
    before it dropped, an OData formatted value read as the looked-up record's name, a Salesforce ``Account.`` a
    company.

    Example:
        >>> _path("name[0].text"), _path("name[0].given[1]"), _path("_ownerid_value@OData.Community.Display.V1.FormattedValue")
        ('name', 'name given middle', '_owner_ name')
        >>> _path("Account.BillingCity"), _path("telecom[0].value"), _path("note_attributes__0__value")
        ('company BillingCity', 'telecom', 'note_attributes attributes')
    """
    if "@" in name and name.lower().endswith("formattedvalue"):  # OData: the display name of a lookup's record
        base = name.split("@", 1)[0]
        return re.sub(r"(?i)id_value$|_value$|id$", "_", base) + " name"
    if "." not in name and "[" not in name and "__" not in name:
        return name
    name = re.sub(r"(?i)\bgiven\[([1-9])\]", "given middle", name)  # FHIR HumanName.given[1]: a second given name
    name = re.sub(r"^Account\.", "company ", name)  # a Salesforce contact's Account: the company it belongs to
    segments = [s for s in re.split(r"\.|__|\[\d+\]", name) if s and not s.isdigit()]
    if len(segments) >= 2 and fold(segments[-1]) in _VALUE_LEAVES:
        segments = segments[:-1] + (["attributes"] if "attribute" in fold(segments[-2]) else [])
    return " ".join(segments)


#: Phrases of two words that mean one concept (``known_as``, ``preferred_name``: the name a person goes by).
_PHRASES = {("known", "as"): ["first", "name"], ("preferred", "name"): ["first", "name"],
            ("nick", "name"): ["first", "name"], ("general", "practitioner"): ["doctor"],
            ("line", "manager"): ["manager"], ("reports", "to"): ["manager"], ("report", "to"): ["manager"],  # (round 40) a line manager is a person, no address line
            # (round 41) Romania's CNP spelled out, a health card's number (Ontario's ``health_number``)
            ("numeric", "personal"): ["national"], ("health", "number"): ["national", "number"],
            ("health", "card"): ["national"],
            # (round 54) the United Kingdom's National Insurance number spelled out: a social-insurance number
            ("national", "insurance"): ["ssn"],
            # (round 54) Japan's insured person's number (被保険者番号, ``hihokensha_bangou``): a health identifier
            **{("hihokensha", number): ["national", "number"] for number in ("bangou", "bango", "no", "number")},
            # (round 54) Italian "di riferimento": the family member or person to refer to, no record
            **{(person, "riferimento"): [person] for person in ("familiare", "persona", "contatto", "parente")},
            ("direct", "line"): ["phone"], ("photo", "id"): ["national"],
            ("koza", "bango"): ["bank", "account", "number"],  # (round 42) Japanese 口座番号, a bank account's number  # (round 42) a direct line is a phone, no address line
            ("legal", "entity"): ["company"], ("next", "of"): ["role"],
            # a card "on file" (a stored card: the customer's), not a file
            ("on", "file"): ["stored"],
            # round 25: "of record", the official one (an attorney of record): it names no record
            ("of", "record"): [],
            # Turkish "ad soyad", "adı soyadı", "isim soyisim": name and surname, the full name
            # Czech and Slovak "číslo OP" (občanský průkaz): the identity card's number
            ("cislo", "op"): ["national", "number"], ("op", "cislo"): ["national", "number"],
            ("ad", "soyad"): ["full", "name"], ("adi", "soyadi"): ["full", "name"], ("isim", "soyisim"): ["full", "name"],
            # round 15: the English driving licence, an identity document as ``Führerschein`` and ``körkort`` are (a
            # licence alone is as often a business's or a software's)
            **{(driving, licence): ["national"] for driving in ("driving", "driver", "drivers")
               for licence in ("licence", "license")},
            # round 34: a driver's licence abbreviated (``dl_number``, ``DL_NO``), and in Spanish and French
            **{("dl", number): ["national", "number"] for number in ("number", "no", "num", "nr", "nbr")},
            ("permiso", "conducir"): ["national"], ("carnet", "conducir"): ["national"],
            ("permis", "conduire"): ["national"], ("licencia", "conducir"): ["national"],
            # round 56: a bank account abbreviated as Indian exports write it (``SCH-BANK-AC``)
            ("bank", "ac"): ["bank", "account"],
            # round 57: Germany's pension insurance number (Rentenversicherungsnummer), its social security number
            **{("rv", number): ["ssn", "number"] for number in ("nummer", "nr", "no", "number")},
            # round 44: a French identity paper's number (``numero_piece``), a Polish driving licence (``prawo
            # jazdy``, of it ``prawa jazdy``), a Portuguese place of birth (``local de nascimento``)
            ("numero", "piece"): ["iddocument", "number"], ("num", "piece"): ["iddocument", "number"],
            ("no", "piece"): ["iddocument", "number"], ("piece", "identite"): ["iddocument"],
            ("prawo", "jazdy"): ["national"], ("prawa", "jazdy"): ["national"],
            ("local", "nascimento"): ["birth", "place"], ("local", "nacimiento"): ["birth", "place"],
            # round 45: the German social-insurance number written ``SV-Nummer``; an address's postal code written
            # ``addr_pc``; a flat's number (``flatNo``), a line of a person's address
            **{("sv", number): ["ssn"] for number in ("nummer", "number", "nr", "num")},
            **{(address, "pc"): ["address", "postcode"] for address in ("addr", "address", "adr", "adres")},
            **{("flat", number): ["address", "line"] for number in ("no", "number", "nr", "num")},
            # round 47: a seafarer's book (``seaman_book_no``), a continuous discharge certificate (``cdcNo``; a
            # change-data-capture column is ``cdc_op``, ``cdc_lsn``, never a number of it), a Czech passport, the
            # seafarer's books of Spain, Italy, France and Portugal
            **{(sea, "book"): ["national"] for sea in ("seaman", "seamans", "seamen", "seafarer", "seafarers",
                                                         "discharge", "sea", "seamens")},
            ("discharge", "certificate"): ["national"],
            **{("cdc", number): ["iddocument", "number"] for number in ("no", "number", "nr", "num", "nbr")},
            ("cestovni", "pas"): ["national"], ("cestovniho", "pasu"): ["national"],
            ("libreta", "navegacion"): ["national"], ("libretto", "navigazione"): ["national"],
            # round 75: Argentina's seafarer's book (``libreta de embarque``), Turkey's (``gemiadamı cüzdanı``)
            ("libreta", "embarque"): ["national"], ("libreta", "embarco"): ["national"],
            ("gemiadami", "cuzdani"): ["national"], ("gemi", "adami"): ["person"],
            ("livret", "maritime"): ["national"], ("cedula", "maritima"): ["national"],
            ("caderneta", "maritima"): ["national"],
            # round 49: national identity cards named by their country or short name: Ghana's card, Zambia's and
            # Malawi's national registration card (NRC), Sri Lanka's national identity card (NIC), the NHS number
            ("ghana", "card"): ["national"],
            **{(card, number): ["national", "number"] for card in ("nrc", "nic", "nhs")
               for number in ("no", "number", "nr", "num", "nbr")},
            # round 48: a Czech birth surname (``rodné příjmení``; ``rodné číslo`` is the birth number), a US state's
            # driver's licence (``TX_DL``, ``MBR-TX-DL``)
            ("rodne", "prijmeni"): ["birth", "last"], ("rodne", "jmeno"): ["birth", "last"],
            **{(state, "dl"): ["national"] for state in (
                "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
                "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd",
                "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc")},
            # round 36: an identity document (``ID_DOC_NO``), Polish "z domu" (née: the maiden name)
            ("id", "doc"): ["iddocument"], ("id", "document"): ["iddocument"],
            ("identity", "document"): ["iddocument"], ("z", "domu"): ["last"],
            # round 37: a French residence permit (``num_titre_sejour``); what a record came through, not a street
            # (``submitted_via``, ``booked_via``: Italian "via" is one)
            ("titre", "sejour"): ["iddocument"], ("nric", "fin"): ["national"],
            # round 50: Scotland's Community Health Index number (``CHI_NO``); a credit union's share account (its
            # members' savings: a bank account); French "nom de famille" (the family name)
            **{("chi", number): ["national", "number"] for number in ("no", "number", "nr", "num", "nbr")},
            **{("share", account): ["bank", "account"] for account in ("acct", "account", "acc", "accnt")},
            ("nom", "famille"): ["last"], ("de", "famille"): [],
            # an account's holder (Japanese 口座名義): the holder's name, which its values tell, no account number
            ("koza", "meigi"): ["meigi"], ("kouza", "meigi"): ["meigi"],
            # round 51: the US DoD's identification number (``dod_id``; ``dod`` alone is a date of death), an Israeli
            # soldier's personal number (``mispar ishi``) and given name (``shem prati``), a Brazilian bank branch
            # with its account (``agencia_conta``: the account)
            ("dod", "id"): ["national"], ("mispar", "ishi"): ["national"], ("shem", "prati"): ["first", "name"],
            # round 52: a direct debit's account (``dd_account_number``: ``dd`` alone is a day), Québec's health
            # insurance number (``no_assurance_maladie``), Canada's social insurance number in French (NAS), an
            # Indian PIN code cut short (``pin_cd``), a know-your-customer document (an identity document)
            **{("dd", account): ["bank", "account"] for account in ("account", "acct", "acc")},
            ("direct", "debit"): ["payout"], ("assurance", "maladie"): ["national"],
            ("nas", "adherent"): ["ssn"], ("no", "nas"): ["ssn", "number"], ("pin", "cd"): ["postcode"],
            ("kyc", "document"): ["iddocument"], ("kyc", "doc"): ["iddocument"],
            **{("agencia", account): ["bank", "account"] for account in ("conta", "cuenta", "cc")},
            # round 39: a date of birth "on the ID" (``DobOnId``): the ID shown, no key
            ("on", "id"): [],
            # round 63: a learner's driving permit and a provisional driving licence (``LEARNER_PERMIT_NO``), a
            # Romanian identity card's series and number (``serie_numar_ci``, carte de identitate), a Serbian and a
            # Bulgarian identity card in Latin letters (``lična karta``), a Slovenian passport (``potni list``), a
            # Romanian driving licence (``permis de conducere``), a Latvian driver's certificate
            **{(learner, permit): ["national"] for learner in ("learner", "learners", "provisional")
               for permit in ("permit", "licence", "license")},
            **{(number, "ci"): ["national", "number"] for number in ("numar", "nr", "serie", "seria", "numarul")},
            **{("ci", number): ["national", "number"] for number in ("numar", "nr", "serie", "seria")},
            ("carte", "identitate"): ["national"], ("licna", "karta"): ["national"], ("licne", "karte"): ["national"],
            ("lichna", "karta"): ["national"], ("potni", "list"): ["national"], ("potnega", "lista"): ["national"],
            ("permis", "conducere"): ["national"], ("vaditaja", "apliecibas"): ["national"],
            # a Croatian and a Slovenian identity card (``osobna iskaznica``, ``osebna izkaznica``) in their cases
            **{pair: ["national"] for pair in (("osobna", "iskaznica"), ("osobne", "iskaznice"), ("osobnu", "iskaznicu"),
                                               ("osobnoj", "iskaznici"), ("osebna", "izkaznica"), ("osebne", "izkaznice"),
                                               ("osebno", "izkaznico"))},
            # round 64: a hunting, fishing or firearms licence (``hunting_license_no``, ``firearmsLicenceNo``, a
            # shotgun certificate), in Czech, Slovak, Catalan, Spanish, French, Italian and Polish (Serbian and
            # Slovenian ``oružni list``/``orožni list`` is one weapon's paper, no person's licence); a
            # contact number and a WhatsApp number are phones (``CONTACT_NO``: a contact's record has an id)
            **{(act, licence): ["national"] for act in (
                "hunting", "hunt", "hunter", "hunters", "fishing", "angling", "angler", "anglers", "firearm",
                "firearms", "gun", "guns", "shotgun", "weapon", "weapons", "rod") for licence in (
                "licence", "license", "licences", "licenses")},
            ("shotgun", "certificate"): ["national"], ("shotgun", "cert"): ["national"],
            **{pair: ["national"] for pair in (
                ("lovecky", "listek"), ("loveckeho", "listku"), ("rybarsky", "listek"), ("rybarskeho", "listku"),
                ("zbrojni", "prukaz"), ("zbrojniho", "prukazu"), ("polovny", "listok"), ("polovneho", "listka"),
                ("rybarsky", "listok"), ("rybarskeho", "listka"), ("zbrojny", "preukaz"), ("zbrojneho", "preukazu"),
                ("llicencia", "caca"), ("permis", "armes"), ("licencia", "caza"), ("licencia", "pesca"),
                ("licencia", "armas"), ("permis", "chasse"), ("permis", "peche"), ("licenza", "caccia"),
                ("licenza", "pesca"), ("porto", "armi"), ("pozwolenie", "bron"), ("lovacka", "dozvola"))},
            **{("contact", number): ["phone"] for number in ("no", "number", "nr", "num", "nbr", "numero")},
            **{("kontakt", number): ["phone"] for number in ("nr", "nummer", "numer", "no", "number")},
            **{(number, contact): ["phone"] for number in ("numero", "num", "no", "nr", "numer") for contact in (
                "contacto", "contato", "contact", "contatto", "kontaktowy", "kontakt")},
            ("whats", "app"): ["phone"],
            # round 65: a study or residence permit (``Study Permit #``): a person's immigration paper
            # (a work permit is not: v113's and v114's are an employer's file, labelled so)
            **{(what, "permit"): ["national"] for what in ("study", "residence", "residency")},
            # round 66: a Slovenian personal document (``st_osebnega_dokumenta``), a French receipt's number
            ("osebnega", "dokumenta"): ["national"], ("osebni", "dokument"): ["national"],
            **{(number, "recu"): ["record", "number"] for number in ("no", "num", "numero", "nr")},
            # round 67: a Malaysian or Singaporean identity card's number (``IC_NO``), a Vietnamese passport (``số
            # hộ chiếu``)
            **{("ic", number): ["national", "number"] for number in ("no", "number", "num", "nr", "nbr")},
            ("ho", "chieu"): ["national"],
            # round 68: a driving licence abbreviated (``drv_lic_no``), Japan's individual number romanized
            # (``my_number``, ``kojin_bango``), Italy's health card, Portugal's citizen card, a month of birth
            **{("drv", lic): ["national"] for lic in ("lic", "licence", "license", "lcn")},
            **{(mine, number): ["national", "number"] for mine in ("my", "kojin")
               for number in ("number", "no", "bango", "bangou", "num", "nr")},
            ("tessera", "sanitaria"): ["national"], ("cartao", "cidadao"): ["national"],
            # round 78: Brazil's national health card (Cartão SUS, Cartão Nacional de Saúde)
            ("cartao", "sus"): ["national"], ("cartao", "saude"): ["national"], ("nacional", "saude"): ["national"],
            ("birth", "mon"): ["birth", "month"],
            # a Turkish date of birth abbreviated (``dogum_tar``, ``dog_tar``: no dog's), a French "nom prénom",
            # a Polish identity card's series (``seria_dowodu``)
            **{(birth, "tar"): ["birth", "date"] for birth in ("dogum", "dog", "dgm")},
            ("nom", "prenom"): ["full", "name"], ("prenom", "nom"): ["full", "name"],
            ("seria", "dowodu"): ["national"],
            # a family and a maiden name abbreviated (``fam_nm``, ``mdn_nm``), a driver's licence and a social
            # security number abbreviated (``drvr_lic_no``, ``soc_sec_no``)
            **{(family, nm): ["surname"] for family in ("fam", "mdn") for nm in ("nm", "name", "nme")},
            **{("drvr", lic): ["national"] for lic in ("lic", "licence", "license", "lcn")},
            ("soc", "sec"): ["ssn"],
            # round 69: a team's leader, a shop's assistant, a letting or sales agent: people by role, no team or shop;
            # a Mexican address's interior number
            **{("team", lead): ["teamleader"] for lead in ("leader", "lead", "ldr")},
            **{(shop, "assistant"): ["salesperson"] for shop in ("shop", "sales", "store")},
            **{(what, "agent"): ["representative"] for what in ("leasing", "letting", "rental", "sales", "support")},
            **{(number, "interior"): ["street"] for number in ("num", "numero", "no", "nro")},
            **{("mid", init): ["middle", "initial"] for init in ("init", "initial", "inl", "int")},
            ("mid", "name"): ["middle", "name"], ("mid", "nm"): ["middle", "name"],
            # round 70: the area someone lives in (``HOME_AREA``), a place of residence as ``home_place``
            ("home", "area"): ["home", "place"],
            # round 71: a user-defined field (COBOL ``USER-FLD-3``, ``user_def_5``): a custom field, no user's;
            # "other names" (the given names beside a surname, as West African and British forms ask);
            # a record's reference, sequence or key number (no identity number); Uganda's and Rwanda's village or
            # cell (a locality, no phone); a business's trade name (Chilean ``nombre_fantasia``)
            **{("other", name): ["first", "name"] for name in ("name", "names", "nm")},
            **{(ref, number): ["record", "number"] for ref in ("reference", "seq", "sequence", "key")
               for number in ("number", "no", "num", "nr", "nbr")},
            ("village", "cell"): ["city"], ("nombre", "fantasia"): ["company", "name"],
            **{(user, field): ["udf"] for user in ("user", "usr") for field in ("fld", "field", "def", "defined",
                                                                               "definable", "attr", "attribute")},
            # identity papers of Spain, Italy, Portugal, Brazil and Czechia named by two words (a health card, a
            # residence permit or card, an identity card, a voter's card, an insured person's number; a voter's ID
            # and a French benefit claimant's number are labelled ``none`` in v29, v57 and v78); a year, month or day
            # of birth written with its format (``birth_yyyy``)
            ("vergi", "dairesi"): ["tax", "office"],  # a Turkish tax office, no flat (``daire``)
            ("tarjeta", "sanitaria"): ["national"], ("permesso", "soggiorno"): ["national"],
            **{(resident, "card"): ["national"] for resident in ("resident", "residence", "residency")},
            ("titulo", "eleitor"): ["national"], ("utente", "sns"): ["national"],
            **{(number, paper): ["national", "number"] for number in ("num", "numero", "no", "nr", "n", "cislo")
               for paper in ("bi", "pojistence")},
            **{("birth", part): ["birth", unit] for part, unit in (("yyyy", "year"), ("yy", "year"), ("mm", "month"),
                                                                   ("dd", "day"))},
            # an identity card spelled out (``identity_card_number``: no payment card)
            ("identity", "card"): ["national"], ("identification", "card"): ["national"],
            # round 73: a passport's number in German, Swedish or Danish (``pass_nummer``; an English ``pass_number``
            # is a ski or season pass's), the United States' alien registration number (``A-NUMBER``; a telephone
            # exchange's ``A-Nr`` is the calling party's), Ireland's
            # residence permit card (``irp_card_no``: no payment card), a Czech residence card (``pobytová karta``),
            # a Russian "document certifying identity" (документ, удостоверяющий личность), an address's area (a
            # locality)
            **{("pass", number): ["national", "number"] for number in ("nummer", "nr", "numer")},
            **{("a", number): ["national", "number"] for number in ("number", "num", "nbr", "no")},
            ("irp", "card"): ["national"], ("gnib", "card"): ["national"],
            **{(stay, card): ["national"] for stay in ("pobytove", "pobytova", "pobytovou", "pobytovy")
               for card in ("karty", "karta", "kartu", "karte", "prukaz", "prukazu")},
            ("удостоверяющии", "личность"): ["national"], ("удостоверяющего", "личность"): ["national"],
            **{(address, "area"): ["city"] for address in ("addr", "address", "adr", "res")},
            # round 77: a passport abbreviated (``pt_pp_no``, ``cand_pp_no``); an address's suburb (``addr_sub``) and
            # a residential address's postal code beside it (``res_sub``, ``res_pc``); a Mexican address's exterior
            # number (``numero_exterior``), as its interior one
            **{("pp", number): ["national", "number"] for number in ("no", "num", "nbr", "nr", "number")},
            **{(address, "sub"): ["city"] for address in ("addr", "address", "adr", "res")},
            ("res", "pc"): ["address", "postcode"],
            **{(number, "exterior"): ["street"] for number in ("num", "numero", "no", "nro")},
            # round 74: a payment's settlement (``SettlementAccountNumber``, ``settlement_date``), no village; Canada's
            # bank institution and transit numbers (a bank's and a branch's codes); Australia's veterans' file number
            **{("settlement", what): ["bank", "account"] for what in ("account", "acct", "acc")},
            **{("settlement", what): [what] for what in ("date", "dt", "amount", "amt", "currency", "ccy", "status",
                                                         "type", "method", "ref", "reference", "id", "bank")},
            **{(code, number): ["routing", "number"] for code in ("institution", "transit")
               for number in ("number", "no", "num", "nr", "nbr", "code")},
            **{("dva", what): ["national", "number"] for what in ("file", "number", "no", "num", "nr", "card")},
            **{(verb, "via"): ["channel"] for verb in ("submitted", "sent", "received", "booked", "paid", "created",
                                                       "ordered", "registered", "signed", "applied", "contacted",
                                                       "referred", "sourced", "imported", "uploaded", "requested")}}


def _phrases(tokens: list[str]) -> list[str]:
    """Two-word phrases of ``_PHRASES`` replaced by their concept words.

    Example:
        >>> _phrases(["known", "as"]), _phrases(["preferred", "name"]), _phrases(["preferred", "language"])
        (['first', 'name'], ['first', 'name'], ['preferred', 'language'])
    """
    out, i = [], 0
    while i < len(tokens):
        pair = tuple(tokens[i:i + 2])
        if pair not in _PHRASES and len(pair) == 2 and pair[1][-1:].isdigit():
            pair = (pair[0], pair[1].rstrip("0123456789"))  # a numbered second word (``usr_fld1``)
        if pair in _PHRASES:
            out += _PHRASES[pair]
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


_ENDING_AFTER_WORD = re.compile(r"(qqs\d+q )[\u0370-\u03ff\u0400-\u04ff]{1,3}(?![\u0370-\u03ff\u0400-\u04ff])")


@lru_cache(maxsize=8192)
def _words(name: str, prefix: str) -> tuple[str, ...]:
    if prefix.startswith("^") and name[:2].lower() == prefix[1:] and len(name) > 3 and _FIELD.fullmatch(name):
        name = name[2:]  # (round 42: a midrange file's field, its file's two letters glued on: ``MBPHN1``)
    if name.endswith("#") and _FIELD.fullmatch(name):
        name = name[:-1] + "_no"  # (round 44: RPG's ``#`` is "number": ``CMDL#`` a driver's licence's)
    name = _hl7(name) or _x12(name) or _path(name)
    folded = fold(_camel_apart(re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2",
                                                                            name))))
    # (round 63) an apostrophe between Cyrillic letters is part of the word: Ukrainian ``ім'я`` (a name), written
    # with U+02BC or U+2019 too (between Latin letters it elides a word: French ``Date d'entrée``)
    folded = re.sub(r"(?<=[\u0400-\u04ff])['\u02bc\u2019](?=[\u0400-\u04ff])", "", folded)
    found: list[str] = []
    for word in _SCRIPT_ORDER:
        if word in folded:  # a native-script word keeps its place among the words (``患者ID``: a patient's ID)
            folded = folded.replace(word, f" qqs{len(found)}q ")
            found.append(SCRIPT_WORDS[word])
    # (round 68) a Cyrillic or Greek case ending glued to a word read (``клиента``, the customer's: ``клиент`` + ``а``)
    # is part of that word, no word of its own
    folded = _ENDING_AFTER_WORD.sub(r"\1", folded)
    raw = _phrases(_joined([w for w in re.split(r"[\W_]+", folded) if w]))
    if prefix and raw and raw[0] == prefix and len(raw) > 1:
        raw = raw[1:]
    elif prefix.startswith("_") and len(raw) > 1 and raw[-1] == prefix[1:]:
        raw = raw[:-1]
    words = []
    short = all(len(t) <= 6 for t in raw)  # a name of abbreviations, as legacy files write fields
    for token in raw:
        stripped = token if token in DIGESTS else token.rstrip("0123456789") or token  # "md5", "sha256" keep digits
        if stripped == "ad" and stripped != token:
            words += ["address", "line"]  # (round 40) a numbered ``ad``: an address line (``LIB_AD1``), no Turkish name
            continue
        if stripped != token and WORDS.get(stripped) == "first" and token[len(stripped):] not in ("0", "1"):
            words.append("middle")  # a second given name (``Imie2``, ``Vorname2``): a middle name
            continue
        token = stripped
        if token.isdigit() or token in _NOISE:
            continue
        if token is raw[-1] and token in _LANGUAGE_SUFFIXES and words and words[-1] in _WRITTEN:
            continue  # (round 28: ``fullNameAr``, ``lastNameEn``: the language the name is written in, no year)
        marker = _MARKER.fullmatch(token)
        concepts = [found[int(marker.group(1))]] if marker else [_MIDRANGE_WORDS[token]] if prefix.startswith(
            "^") and token in _MIDRANGE_WORDS else _concepts(token)
        if concepts == [token] and short and token not in _CONCEPTS and (cut := _truncated(token) or _lettered(
                token, prefix.startswith("^")) or _disemvowelled(token)):
            concepts = [cut]  # (round 42: a legacy field's word cut short: ``telef1``, ``poblac``, ``WOONPL``;
            # round 44: a contact abbreviation after the letter of whose it is: ``HPHN``, ``SZIP``)
        words += concepts
    if "mail" in raw and "email" in words and set(words) & _POSTAL_PARTS:
        # (round 31: ``BORR_MAIL_ADDR``, ``BORR_MAIL_CITY``: where post is sent, a home address's part, no e-mail)
        words = ["home" if w == "email" else w for w in words]
    return tuple(words)


#: Round 42: the concepts a word cut short may stand for (those of personal data), and words that are whole words
#: of some language though another word starts with them (``porta`` is a door, not ``portable``).
_CUT_CONCEPTS = frozenset({"phone", "city", "street", "address", "postcode", "postal", "birth", "birthdate", "first",
                           "last", "surname", "email", "note", "national", "ssn", "login", "middle"})
_WHOLE_WORDS = frozenset({"local", "locale", "porta", "portal", "patron", "build", "summa", "reise", "personal",
                          "stato", "notar", "popis"})


@lru_cache(maxsize=4096)
def _truncated(token: str) -> str:
    """Round 42: the concept of the vocabulary words ``token`` is the start of, cut short as fields of legacy files
    are (Spanish ``telef`` of ``telefono``, ``poblac`` of ``poblacion``, Dutch ``WOONPL`` of ``woonplaats``), when
    they all mean one concept of personal data and ``token`` is not just the first word of a compound (``policy`` of
    ``policyholder``); "" otherwise.

    Example:
        >>> _truncated("telef"), _truncated("poblac"), _truncated("opmerk"), _truncated("porta"), _truncated("tel")
        ('phone', 'city', 'note', '', '')
    """
    if len(token) < 5 or not token.isalpha() or token in _WHOLE_WORDS:
        return ""
    meant = {WORDS[w] for w in WORDS if w.startswith(token) and len(w) >= len(token) + 2 and (
        w[len(token):] not in WORDS)}
    return meant.pop() if len(meant) == 1 and meant <= _CUT_CONCEPTS else ""


#: Round 44: letters legacy fields write before a contact's abbreviation to say whose or which it is: home, work,
#: mobile, cell, service, alternate, billing (``HPHN``, ``WPHN``, ``MPHN``, ``SZIP``, ``BADR``).
_WHOSE_LETTERS = frozenset("hwmcsab")
#: Round 53: two letters of a midrange field that say whose relative's it is (a child's, a mother's, a father's, a
#: spouse's: ``GACHFN``, ``GAMOSS``) and the parts written in two letters after them.
_RELATIVE_PAIRS = frozenset({"ch", "mo", "fa", "sp"})
_PART_PAIRS = {"fn": "first", "nm": "full", "db": "birthdate", "ss": "ssn"}
_WHOSE_PAIRS = frozenset({"hm", "wk"})
_LETTERED_CONCEPTS = frozenset({"phone", "postcode", "street", "address", "email", "city"})
#: Round 45: what a midrange field names after any one letter saying whose it is (``P`` a patient's, ``T`` a
#: taxpayer's): a contact's part, or an abbreviation of three letters or fewer that means one personal number or
#: name part (``SSN``, ``DOB``, ``MI``).
_MIDRANGE_CONCEPTS = _LETTERED_CONCEPTS | {"ssn", "birthdate", "middle"}
#: Round 46: the words a document's number is named with, beside the person whose it is.
#: Round 47: abbreviations a midrange file's fields use after their file's two letters (``VRHSNO``, a voter's house
#: number; ``TWMINI``, a driver's middle initial), read so only there: elsewhere ``mini`` is a size.
_MIDRANGE_WORDS = {"hsno": "street", "hseno": "street", "hsnbr": "street", "mini": "middle", "mnam": "middle",
                   # (round 48: a street address's line, ``UCSAD2``; a recruiter, ``WMRECR``)
                   "sad": "street", "sadr": "street", "recr": "role",
                   # (round 50: a birth date, ``PHBDT``, ``PHBRDT``)
                   "bdt": "birthdate", "brdt": "birthdate", "bthdt": "birthdate",
                   # (round 51: a Mexican midrange file's ``SCAPPA``, ``SCAPMA``: apellido paterno and materno;
                   # ``SCFNAC``, fecha de nacimiento; ``SCTELE``, teléfono; ``SCCPOS``, código postal)
                   "appa": "surname", "apma": "surname", "fnac": "birthdate", "tele": "phone", "cpos": "postcode",
                   # (round 52: a birth date, ``SDBDTE``, ``LTDOBC``; an Irish Eircode, ``LTECOD``)
                   "bdte": "birthdate", "dobc": "birthdate", "ecod": "postcode",
                   # (round 53: a French midrange file's ``DPNOMU``, ``DPNOMN``: nom d'usage and de naissance;
                   # ``DPPRNM``, prénom; ``DPDNAI``, date de naissance)
                   "nomu": "surname", "nomn": "surname", "prnm": "first", "dnai": "birthdate",
                   # (round 54: more of them, ``PPNOMC``, ``RTNOMP``, ``PPPRNC``: a client's and a person's nom
                   # and prénom; ``PPSIRN``, a company's SIREN, ``SIRT`` its SIRET)
                   "nomc": "surname", "nomp": "surname", "nomf": "surname", "prnc": "first", "prnp": "first",
                   "sirn": "company", "sirt": "company",
                   # (round 55: ``PRPREN``, ``PCPRN1``: a prénom, the first partner's; ``PCDNA1``, a date de
                   # naissance; ``PRCDPO``, a code postal; ``PCOFFI``, the officier; ``PRVETO``, the vétérinaire;
                   # ``PRANOM``, an animal's nom)
                   "pren": "first", "prn": "first", "dna": "birthdate", "cdpo": "postcode", "offi": "role",
                   "veto": "doctor", "anom": "animal",
                   # (round 56: a Spanish midrange file's ``ASNOMB``, nombre; ``ASENCA``, the encargado in charge)
                   "nomb": "first", "enca": "role",
                   # (round 57: an Italian midrange file's ``PDDNAS``, data di nascita; ``PDLNAS``, luogo di nascita)
                   "dnas": "birthdate", "lnas": "city",
                   # (round 57: a Spanish midrange file's ``CAAPE1``, ``CAAPE2``: primer and segundo apellido)
                   "ape": "surname",
                   # (round 59: a Portuguese midrange file's ``MDAPEL``, apelido)
                   "apel": "surname",
                   # (round 60: an Italian midrange file's ``SPGARA``, the garante)
                   "gara": "role",
                   # (round 62: a French midrange file's ``CEMONI``, the moniteur)
                   "moni": "role"}
_DOC_WORDS = frozenset({"doc", "docs", "document", "number", "surrogate", "code", "secondary"})
#: Round 45: what legacy fields write after a phone's abbreviation to say which it is: whose letters and short words
#: for home, work, mobile, cell, business, office, alternate, private, portable (``TELHOM``, ``PHNWK``, ``TELPOR``).
_WHICH_PHONE = frozenset({*_WHOSE_LETTERS, "hm", "wk", "hom", "home", "wrk", "work", "mob", "mobl", "cel", "cell",
                          "bus", "off", "alt", "pri", "priv", "por", "port", "fix", "dom", "trab", "casa"})


def _lettered(token: str, midrange: bool = False) -> str:
    """Round 44: the contact concept a legacy field's abbreviation names after the letters saying whose or which it is:
    ``hm`` (home) or ``wk`` (work), or in a midrange file whose fields share their file's letters one letter
    (``hphn``: the home phone; ``szip``: the service address's ZIP code; a ``sort`` elsewhere is no service ``ort``);
    round 45: in such a file, any one letter before a contact's part or a personal number's or name part's
    abbreviation (``pssn``, ``pdob``: a patient's), and one of the whose-letters after a phone's (``telh``: the home
    phone); "" otherwise.

    Example:
        >>> _lettered("hphn", True), _lettered("szip", True), _lettered("hmzip"), _lettered("hphn"), _lettered("zip")
        ('phone', 'postcode', 'postcode', '', '')
        >>> _lettered("pssn", True), _lettered("pdob", True), _lettered("pssn"), _lettered("telhom"), _lettered("telaio")
        ('ssn', 'birthdate', '', 'phone', '')
        >>> _lettered("chfn", True), _lettered("monm", True), _lettered("moss", True), _lettered("moss")
        ('first', 'full', 'ssn', '')
    """
    if not 3 <= len(token) <= 7 or not token.isalpha():
        return ""
    if token[:2] in _WHOSE_PAIRS and len(token) >= 4:
        return concept if (concept := WORDS.get(token[2:], "")) in _LETTERED_CONCEPTS else ""
    if token[:3] in ("tel", "phn") and token[3:] in _WHICH_PHONE:
        return "phone"  # (round 45: a phone's abbreviation before which one it is: ``TELHOM``, ``TELCEL``, ``PHNWK``)
    if not midrange:
        return ""
    if len(token) == 4 and token[:2] in _RELATIVE_PAIRS and token[2:] in _PART_PAIRS:
        return _PART_PAIRS[token[2:]]  # (round 53: a child's or a mother's part, ``GACHFN``, ``GAMOSS``)
    if (concept := WORDS.get(token[1:]) or _MIDRANGE_WORDS.get(token[1:], "")) in _MIDRANGE_CONCEPTS and (
            len(token) >= 4 or concept == "middle") and (
            token[0] in _WHOSE_LETTERS or concept not in ("city", "street", "address")):  # (``port`` is no ``p ort``)
        return concept
    return "phone" if token[-1] in _WHOSE_LETTERS and WORDS.get(token[:-1]) == "phone" else ""


_VOWELS = frozenset("aeiouy")


def _skeleton(word: str) -> str:
    """A word's first letter and the consonants after it (``fornavn`` -> ``frnvn``), as legacy fields abbreviate."""
    return word[:1] + "".join(ch for ch in word[1:] if ch not in _VOWELS)


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, list[tuple[str, str]]]:
    """The vocabulary's words of five letters or more, with their concepts, by their skeletons of four letters or
    more."""
    found: dict[str, list[tuple[str, str]]] = {}
    for word, concept in WORDS.items():
        if len(word) >= 5 and word.isalpha() and len(skeleton := _skeleton(word)) >= 4:
            found.setdefault(skeleton, []).append((word, concept))
    return found


def _subsequence(short: str, word: str) -> bool:
    """``short`` is ``word`` with some letters left out, the rest in order."""
    letters = iter(word)
    return all(ch in letters for ch in short)


def _disemvowelled(token: str) -> str:
    """Round 44: the concept of the vocabulary word ``token`` abbreviates by leaving out vowels, as legacy fields do (a
    Danish CPR extract's ``FORNVN`` for ``fornavn``, ``VEJNVN`` for ``vejnavn``): ``token`` keeps at most one vowel
    after its first letter, is the word with letters left out (``stars`` is no ``stras``), and every such word means
    the same concept of personal data; "" otherwise.

    Example:
        >>> _disemvowelled("fornvn"), _disemvowelled("vejnvn"), _disemvowelled("stars"), _disemvowelled("format")
        ('first', 'street', '', '')
    """
    if len(token) < 4 or not token.isalpha() or sum(ch in _VOWELS for ch in token[1:]) > 1:
        return ""
    meant = {c for w, c in _skeletons().get(_skeleton(token), []) if w != token and _subsequence(token, w)}
    return meant.pop() if len(meant) == 1 and meant <= _CUT_CONCEPTS else ""


def _camel_apart(name: str) -> str:
    """Round 37: words written together in camel case in any script with case, set apart (1C's Cyrillic
    ``ДатаВыдачи`` as ``Дата Выдачи``), so that each word is read where it starts.

    Example:
        >>> _camel_apart("НомерПаспорта"), _camel_apart("ΑριθμόςΤαυτότητας"), _camel_apart("plain")
        ('Номер Паспорта', 'Αριθμός Ταυτότητας', 'plain')
    """
    if name.isascii():
        return name
    return "".join(f" {ch}" if i and ch.isupper() and name[i - 1].islower() else ch for i, ch in enumerate(name))


_MARKER = re.compile(r"qqs(\d+)q")
#: Round 31: the parts of a postal address, beside which "mail" is post, not e-mail.
_POSTAL_PARTS = frozenset({"address", "city", "postcode", "postal", "street", "line", "region"})
#: Round 28: ISO 639-1 codes written after a name or an address to say its language or script (``fullNameAr``).
_LANGUAGE_SUFFIXES = frozenset({"ar", "en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "el", "he", "fa", "ur",
                                "hi", "th", "zh", "ja", "ko", "tr",
                                # (round 68) the script a name is written in: ``sei_kanji``, ``mei_romaji``
                                "kanji", "romaji", "hangul", "hanja", "latin", "cyrillic"})
#: The concepts a language suffix may follow: what is written in a language.
_WRITTEN = frozenset({"name", "first", "last", "surname", "full", "middle", "address", "street", "city"})


def name_words(name: str, prefix: str = "") -> list[str]:
    """A column name as concept words, abbreviations and foreign words mapped to English, ``prefix`` dropped.

    Example:
        >>> name_words("cust_fnm"), name_words("ctc_ph"), name_words("addr_ln1"), name_words("cp_catalog_number", "cp")
        (['customer', 'first'], ['person', 'phone'], ['address', 'line'], ['catalog', 'number'])
    """
    return list(_words(name, prefix))


def table_prefix(columns: list[str], table: str = "") -> str:
    """The short word most column names of a table start with (TPC-DS ``ca_``, ``cp_``), or, written ``_ind``, a
    short word many of them end with that abbreviates the table's own name (Apogée's ``LIB_NOM_PAT_IND`` in
    ``INDIVIDU``: "of the individual", not an indicator); "" when there is none.

    Example:
        >>> table_prefix(["cp_catalog_page_sk", "cp_department", "cp_type"]), table_prefix(["FN-NOME", "FN-TEL", "FN-CAP"])
        ('cp', 'fn')
        >>> table_prefix(["COD_IND", "LIB_NOM_IND", "DATE_NAI_IND", "COD_PAYS", "TEL_IND"], "apogee.INDIVIDU")
        '_ind'
        >>> table_prefix(["COD_IND", "LIB_NOM_IND", "DATE_NAI_IND", "COD_PAYS", "TEL_IND"], "apogee.ETUDIANT")
        ''
    """
    if len(columns) < 3:
        return ""
    heads = [m.group(1).lower() for c in columns if (m := re.match(r"([A-Za-z]{1,4})[_-]", c))]  # (``FN-NOME``)
    if heads and heads.count(top := max(set(heads), key=heads.count)) >= 0.6 * len(columns):
        return top
    if glued := _glued_prefix(columns):
        return glued
    tails = [m.group(1).lower() for c in columns if (m := re.search(r"_([A-Za-z]{3,4})$", c))]
    own = [w for w in re.split(r"[\W_]+", fold(table.rsplit(".", 1)[-1])) if len(w) >= 4]
    if tails and tails.count(end := max(set(tails), key=tails.count)) >= max(3, len(columns) / 4) and any(
            w.startswith(end) and w != end for w in own):
        return f"_{end}"  # (round 40)
    return ""


#: Round 42: a midrange file's field name: capitals and digits (and RPG's ``#``, ``@``, ``$``), ten at most.
_FIELD = re.compile(r"[A-Z]{2}[A-Z0-9#@$]{1,8}")


def _glued_prefix(columns: list[str]) -> str:
    """Round 42: the two letters most field names of an AS/400 file or a JD Edwards table start with, glued to the
    field's own abbreviation (``MBNAM1``, ``MBPHN1``, ``MBSSN`` in a member file; ``WWMLNM`` in ``F0111``), written
    ``^mb``; "" when there is none. Only where the third letters differ: names sharing a longer start (``CUSTNAME``,
    ``CUSTCITY``) share a word, not a file's prefix.

    Example:
        >>> _glued_prefix(["MBMBR#", "MBNAM1", "MBADR1", "MBCITY", "MBPHN1", "MBSSN"])
        '^mb'
        >>> _glued_prefix(["CUSTNAME", "CUSTCITY", "CUSTPHONE", "CUSTZIP"]), _glued_prefix(["NAME", "CITY", "ZIP"])
        ('', '')
    """
    fields = [c for c in columns if _FIELD.fullmatch(c)]
    if len(fields) < max(4, 0.6 * len(columns)):
        return ""
    heads = [c[:2] for c in fields]
    top = max(set(heads), key=heads.count)
    mine = [c for c in fields if c.startswith(top)]
    if len(mine) < 0.6 * len(columns) or len({c[2] for c in mine}) < min(4, len(mine) // 2):
        return ""
    return "^" + top.lower()


#: Words of where a person's goods or bills go (shipping, billing, delivery): beside a contact word they qualify the
#: person's own address, phone or name (``shipping_city``, ``end_cobranca_logradouro``), not a thing.
_ROUTES = frozenset({"route", "shipping", "ship", "verzend", "versand", "envio", "spedizione", "wysylka", "frakt",
                     "forsendelse", "kargo"})
_CONTACT = frozenset({"street", "address", "line", "city", "postcode", "postal", "phone", "email", "first", "last",
                      "surname", "full"})
#: Round 69: what goods or bills are sent for (an order, an invoice, a booking, a parcel): before a route and a contact
#: word they say whose address it is no more than ``shipping`` does (``order.shipping.address1``: the recipient's).
_SENT = frozenset({"order", "orders", "invoice", "booking", "shipment", "parcel", "package", "purchase", "cart",
                   "checkout", "reservation", "subscription"})
#: Business words long enough to be told inside a compound word, longest first.
_COMPOUND_BASES = tuple(sorted((b for b in BUSINESS if len(b) >= 5), key=len, reverse=True))
#: Words that make a phone a business's switchboard, not a person's line, in many languages.
SWITCHBOARD = frozenset({"switchboard", "zentrale", "telefonzentrale", "centrale", "centralino", "centralita",
                         "centralka", "ustredna", "vaihde", "vaxel", "sentralbord", "omstilling",
                         "santral", "kozpont", "centrala", "reception", "rezeption", "empfang", "hotline",
                         "helpdesk", "servicedesk",
                         # a business's general line or inbox (``telefoon_algemeen``, ``email_general``)
                         "general", "algemeen", "allgemein", "generale", "generico", "generique", "yleinen",
                         "altalanos", "ogolny", "ogolna", "obecny", "allman", "almen", "generell", "genel"})
#: Every concept the vocabulary knows: a word outside it says nothing the rules read.
_CONCEPTS = frozenset(WORDS.values()) | frozenset(SCRIPT_WORDS.values()) | OBJECTS | QUALIFIERS | DIGESTS


def unknown_number(name: str, prefix: str = "") -> bool:
    """The name is a number of something the vocabulary does not know (``NAMO_NR``: Lithuanian "house number";
    ``kliento_nr`` too, which the values then tell apart).

    Example:
        >>> unknown_number("NAMO_NR"), unknown_number("order_nr"), unknown_number("line_no"), unknown_number("nr")
        (True, False, False, False)
    """
    words = name_words(name, prefix)
    return len(words) >= 2 and words[-1] == "number" and not set(words[:-1]) & _CONCEPTS and any(
        len(w) >= 3 for w in words[:-1])  # a letter (Protheus ``R_E_C_N_O_``) names no house


def unknown_words(name: str, prefix: str = "") -> list[str]:
    """The words of a column name the vocabulary lacks (``leiter`` of ``LeiterSteuerId``): qualifiers it cannot read.

    Example:
        >>> unknown_words("LeiterSteuerId"), unknown_words("customer_tax_id")
        (['leiter'], [])
    """
    return [w for w in name_words(name, prefix) if w not in _CONCEPTS]


def business_compound(word: str) -> str:
    """The business word a compound word starts or ends with (German, Dutch and Nordic write one word:
    ``Lagerstandorte`` "warehouse sites", ``filiaalnetwerk``), or "".

    Example:
        >>> business_compound("lagerstandorte"), business_compound("hauptfiliale"), business_compound("kunden")
        ('lager', 'filiale', '')
    """
    for base in _COMPOUND_BASES:
        if len(word) >= len(base) + 4 and (word.startswith(base) or word.endswith(base)):
            return base
    return ""


def unknown_code(name: str, prefix: str = "") -> bool:
    """The name is a code of something the vocabulary does not know (``ταχ_κωδικας``: Greek "postal code" abbreviated;
    ``kode_xyz``), which the values and the table then tell apart (a postal code beside an address).

    Example:
        >>> unknown_code("ταχ_κωδικας"), unknown_code("product_code"), unknown_code("code"), unknown_code("qzx_code")
        (True, False, False, True)
    """
    words = name_words(name, prefix)
    return len(words) >= 2 and "code" in words and not set(words) - {"code"} & _CONCEPTS


def _persons_contact(words: list[str]) -> bool:
    """Round 48: the nearest word before a name, phone or e-mail word that says whose it is names a person or a role,
    not a business (``SiteContactPhone``: the contact's; ``AttorneyFirmPhone``: the firm's).

    Example:
        >>> _persons_contact(["site", "person", "phone"]), _persons_contact(["role", "company", "phone"])
        (True, False)
    """
    last = max(i for i, x in enumerate(words) if x in ("name", "phone", "email"))
    owners = [x for x in words[:last] if x in BUSINESS or x in ("person", "role")]
    return bool(owners) and owners[-1] in ("person", "role")


#: What a text, a body or a description is of when it tells of people: an event, a message, a report, a ticket.
_TOLD = frozenset({"event", "message", "report", "reports", "melding", "meldung", "zgloszenie", "ticket"})


#: Round 60: words of the person an object's column names (its customer, owner, member, requester).
_OWNERS = frozenset({"person", "customer", "employee", "role", "mother", "doctor"})
#: Round 60: what of that person the column holds.
_OWNED = frozenset({"name", "first", "last", "surname", "full", "phone", "email", "street", "address", "line", "city",
                    "postcode", "postal", "birth", "birthdate", "national", "ssn", "iban"})


def _owners_part(words: list[str]) -> list[str]:
    """Round 60: the words after an object's, when a person's word follows the object's and a person's attribute
    ends the name: an order's customer's name (``order_customer_name``), a device owner's e-mail, a ticket member's
    phone are the person's, whatever object they belong to. A name whose last object word follows its person words
    (``customer_order_name``, ``employee_department_name``) is the object's, and a business's people are read
    elsewhere.

    Example:
        >>> _owners_part(["order", "customer", "name"]), _owners_part(["person", "department", "name"])
        (['customer', 'name'], ['person', 'department', 'name'])
    """
    objects = [i for i, x in enumerate(words) if x in OBJECTS]
    if not objects or words[-1] not in _OWNED or set(words) & (BUSINESS | DIGESTS | {"company"}):
        return words
    rest = words[objects[-1] + 1:]
    return rest if rest and rest[0] in _OWNERS and len(rest) >= 2 else words


#: Round 59: Danish and Norwegian words before ``by`` (a town) in a column's name: from, to, home, residence.
_TOWN_BEFORE = frozenset({"fra", "til", "hjem", "bopael", "bopel", "ny", "gammel"})
#: Round 59: which family name a French form asks for after ``nom``: the one used, the married one, the maiden one.
_FAMILY_NAME_SORTS = frozenset({"usage", "usuel", "marital", "epouse", "jeune", "fille", "d"})
#: Round 59: the places of a destination that are an address (a country or a region is not).
_DESTINATION_PLACES = frozenset({"city", "postcode", "postal", "street", "address", "line", "zip"})


#: Round 79: things a person does from a device of theirs, whose IP address is then the person's (not a message a
#: business sends, a server's or a shop's).
_PERSONS_ACTS = frozenset({"booking", "order", "session", "transaction", "ticket", "device", "claim", "application",
                           "payment", "checkout", "cart", "reservation", "request", "submission", "survey", "vote",
                           "signup", "login", "comment", "review", "upload", "download", "coupon", "voucher", "gift"})
#: Round 79: machines and businesses whose IP address is theirs, no person's (a server's, a gateway's, a shop's).
_MACHINES = frozenset({"server", "host", "gateway", "router", "routing", "node", "proxy", "dns", "nat", "vpn",
                       "firewall", "switch", "subnet", "network", "cluster", "pod", "container", "machine", "vm",
                       "instance", "printer", "camera", "sensor", "plc", "controller", "terminal", "kiosk", "pos",
                       "merchant", "store", "shop", "company", "branch", "office", "warehouse", "facility", "supplier",
                       "vendor", "retailer", "reseller", "distributor", "site", "web", "carrier", "organization",
                       "org", "business"})
#: Round 78: words of money paid into an account, which then is a bank account (a person's, in a table about people;
#: a business's account words keep it the business's). Not a payer's: as often an insurer or an employer (a 1099's).
_PAID_INTO = frozenset({"pay", "payee", "deposit", "compensation", "salary", "wage", "wages", "stipend",
                        "reimbursement", "allowance", "benefit", "pension"})


def kind_from_name(name: str, prefix: str = "") -> tuple[Kind | None, str]:
    """The kind a column name says, ``Kind.NONE`` when it says "not personal data", or None when it says nothing.

    Returns the kind and how strong the evidence is: "strong" or "weak", or "object" when the name says the column
    is about an object that is not a person (``sku``, ``order_ref``), which only e-mails, IBANs and checksummed
    national IDs among its values overturn (a name that only qualifies, like ``code`` or ``status``, yields to any
    identifier its values show).
    """
    found = name_words(name, prefix)
    words = [x for x in found if x != "fore"] if "name" not in found else [
        "first" if x == "fore" else x for x in found]
    if set(words) & _ROUTES and set(words) & (_CONTACT | {"name", "card", "iban"}) and not set(words) & (
            BUSINESS | {"surrogate"}):
        if "name" in words and set(words) - _ROUTES - _SENT <= {"name", "address", "person"}:
            return Kind.PERSON_NAME, "strong"  # a billing or shipping name (``Shipping Name``): the recipient's
        # a shipping or billing address, phone or name: the person's; (round 60) a billing card (``billingCard``);
        # (round 69) an order's or an invoice's, as Shopify and WooCommerce exports write it (``order.billing.phone``)
        words = [x for x in words if x not in _ROUTES and x not in _SENT]
    if "display" not in fold(name):  # (an app's or a device's display name is the object's own)
        words = _owners_part(words)
    w = set(words)
    head = words[-1] if words else ""
    if not words or len(words) == 1 and words[0] in _TOWN_BEFORE:
        # (round 59) Danish and Norwegian ``by``, a town, as a whole column name or after "from", "to", "home"
        # (``fra_by``, ``til_by``); elsewhere "by" only links words (``created_by``)
        tokens = [t for t in re.split(r"[^a-z]+", fold(name)) if t]
        return (Kind.CITY, "strong") if tokens and tokens[-1] == "by" and (
            len(tokens) == 1 or len(tokens) == 2 and tokens[0] in _TOWN_BEFORE) else (None, "")
    if "destination" in w and w & _DESTINATION_PLACES and not w & BUSINESS:
        # (round 59) a destination's city, postal code or address (``destinationPostal``) is where someone moves or
        # is delivered to, as ``dest_city`` and Spanish ``destinoCp`` were read: the destination is no object there
        words = [x for x in words if x != "destination"]
        w, head = set(words), words[-1]
    if words[0] == "count" and len(words) > 1:
        return Kind.NONE, "strong"  # (round 56) a count of something first (``AntalStraa``, ``anzahl_kinder``)
    if "account" in w and w & {"routing", "payout", *_PAID_INTO} and not w & (BUSINESS - {"bank"}) and not w & (
            _PEOPLE | {"name", "person", "first", "last", "full"}):
        # (round 50) a sort code or BSB with its account, an account paid out to: a bank account (its holder's
        # name, ``payout_account_holder``, is a name); round 78: an account paid into (``payAccount``,
        # ``depositAccountNumber``, ``CompensationAccountNumber``)
        w = w | {"bank"}
    if w & {"code", "surrogate"} and len(w) == 2 and w & {"customer", "employee", "person"}:
        return Kind.NONE, "strong"  # a person's code or key in any word order (Greek ``κωδικός_εργαζομένου``)
    if (head == "login" or "login" in w and w - {"login"} <= {"name", "first"}) and not w & OBJECTS:
        return None, ""  # a login handle (``instagram_name``, ``インスタ名``): the values say whether it is one
    if "attributes" in w:
        words = words[len(words) - words[::-1].index("attributes"):]
        if not set(words) - {"name", "value", "key", "surrogate"}:
            return None, ""  # a key-value attribute's value (``note_attributes[0].value``): only its values say what
        # (round 33: Intercom's ``custom_attributes_pet_name``: the attribute's own name after the path says what)
        w, head = set(words), words[-1]
    if "animal" in w and not w & (_PEOPLE | {"customer", "employee"}):
        return Kind.NONE, "object"  # an animal's birth date, name or owner's code (``data_urodzenia_zwierzecia``)
    if "mother" in w and "first" in w and not w & {"last", "surname", "birth"}:
        return Kind.PERSON_NAME, "strong"  # a relative's given name (``imie_ojca``): another person's name
    if "mother" in w and w & (BUSINESS | OBJECTS) and w & {"name", "phone", "email"} and not w & (DIGESTS | {"company"}):
        # (round 57) a mother or father qualified by a business word is still a person: an au pair's host mother
        # (``HOST_MOTHER_NAME``), whose phone and e-mail are hers
        return (Kind.PERSON_NAME if "name" in w else Kind.PHONE if "phone" in w else Kind.EMAIL), "strong"
    if ("birth" in w or w >= {"home", "place"}) and w & {"place", "city"} and not w & {"date", "day", "month", "year"}:
        return Kind.CITY, "strong"  # a place of birth (``LUOGO_NASCITA``, ``lugar_nacimiento``) or of residence is a town
    if "birth" in w and w & {"name", "last", "surname"} and not w & {"date", "day", "month", "year", "place", "city"} and (
            "birth mother" not in " ".join(words)):  # (round 53: a birth mother's name; a mother's birth name is one)
        return Kind.LAST_NAME, "strong"  # a birth name (``nomDeNaissance``, ``Geburtsname``): the family name at birth
    if "birthdate" in w or ("birth" in w and (w & {"date", "day", "month", "year"} or head == "birth" or (
            "timestamp" in w and "when" not in w))):
        # (round 53: a birth's timestamp, HL7's ``pid_7_birth_ts``, is the date of birth with a time)
        return (Kind.NONE, "strong") if head in QUALIFIERS - {"day", "month", "year"} - {"time", "timestamp"} or w & {
            "country", "promo"} else (Kind.DATE_OF_BIRTH, "strong")
    if "when" in w and (head in ("when", "date", "timestamp") or head in QUALIFIERS or "date" in w) and not (
            "postal" in w and head == "code"):  # (round 45: a delivery's postal code is where a person lives)
        return Kind.NONE, "object"
    if w & DIGESTS:
        return Kind.NONE, "object"  # a digest of a file or record (a scan's SHA-256) identifies no person
    if head in ("note", "description") or w & {"note", "description", "text", "body"} and w & _TOLD:
        # notes; an event's description (a claim's, an incident's) tells of people; round 37: before a number's
        # kinds, which notes about them only qualify (``rg_notes``, responsible gambling's, not a Brazilian RG);
        # round 55: so does a report's or a ticket's text (``damageReportText``)
        return Kind.FREE_TEXT, "strong"
    if w & BUSINESS and w & {"person", "role"} and w & {"name", "phone", "email"} and not w & (
            QUALIFIERS | {"number"}) and not w & SWITCHBOARD and _persons_contact(words):
        # (round 48) a contact person of a site, a branch or a supplier (``SiteContactName``, ``vendor_contact_phone``,
        # ``store_manager_name``): a named person's name, phone or e-mail, whose values decide
        return (Kind.PERSON_NAME if "name" in w else Kind.PHONE if "phone" in w else Kind.EMAIL), "weak"
    if (w & BUSINESS or w & {"phone", "email"} and w & SWITCHBOARD) and w & {
            "phone", "postcode", "postal", "city", "street", "address", "line", "email", "iban"}:
        return Kind.NONE, "object"  # a warehouse's, branch's or employer's contact: a business address
    if "phone" in w and head not in QUALIFIERS and not w & OBJECTS:
        return Kind.PHONE, "strong"  # before postal codes: Turkish "cep telefonu" is a mobile, Portuguese CEP a code
    if "postcode" in w or ("postal" in w and (w & {"code", "number"} or not (w - {"postal"} - PERSON) & _CONCEPTS)):
        # "postal" beside words the vocabulary lacks: the lacking word is the language's "code" (Persian ``کد``)
        return Kind.POSTAL_CODE, "strong"
    if "ssn" in w or ("social" in w and "security" in w):
        return Kind.SSN, "strong"
    if w & {"national", "ssn", "tax"} and w & BUSINESS:
        return Kind.NONE, "object"  # a company's tax or registration number (``cuit_empresa``, ``rut_empresa``)
    if "name" in words and w & {"national", "iddocument"} and not w & {"number", "code", "surrogate"} and words.index(
            "name") < max(words.index(x) for x in ("national", "iddocument") if x in w):
        return Kind.PERSON_NAME, "strong"  # (round 38: ``name_as_per_nric``: the name as the identity card writes it)
    if "iddocument" in w and w & {"number", "code"} and not w & DIGESTS:
        return Kind.NATIONAL_ID, "strong"
    if "iddocument" in w and (rest := w - {"iddocument", "secondary"}) and rest <= PERSON:
        return Kind.NATIONAL_ID, "strong"  # (round 46: a person's identity document, ``conductorDocumento``)
    if w & {"doc", "docs", "document"} and w & {"number", "code"} and all(
            x in PERSON or x not in _CONCEPTS for x in w - _DOC_WORDS):
        # (round 46) a document's number, bare or a person's (``NUM_DOC``, ``apis_doc_no``, ``DOCS_NUMBER``): an
        # identity document's in a table about people (the classifier asks the table), an invoice's elsewhere
        return Kind.NATIONAL_ID, "strong"
    if "licence" in w and w & {"number", "surrogate"} and all(
            x in PERSON or x not in _CONCEPTS and len(x) <= 3 for x in w - {"licence", "number", "surrogate", "secondary"}):
        # (round 44) a licence's number, bare or a person's (``licenceNumber``, ``SupervisorLicenceNo``): a driver's,
        # an identity document, in a table about people that names a vehicle; a professional's, a club member's, a
        # venue's or a software's elsewhere (the classifier asks the table); a liquor licence, a plate, a key: things';
        # (round 70) a person's abbreviated by a word the vocabulary lacks (``ins_lic_no``: the insured's; a whole word,
        # ``liquor``, ``software``, says what the licence is for)
        return Kind.NATIONAL_ID, "strong"
    if "national" in w or ("tax" in w and w & {"number", "surrogate", "code"}) or (
            w >= {"surrogate", "number"} and not w & OBJECTS):
        return Kind.NATIONAL_ID, "strong"
    if ("iban" in w or "bank" in w and "account" in w) and words[-1] == "person":
        return Kind.PERSON_NAME, "strong"  # (round 54: a bank account's holder, ``ddAccountHolder``: the holder's name)
    if ("iban" in w or "bank" in w and "account" in w) and head not in QUALIFIERS and not w & (
            BUSINESS - {"bank"}) and not w & {"name", "surrogate"}:
        return Kind.IBAN, "strong"  # (round 37: before things: a bank is one, a person's account at it is not)
    if words[-1] == "ip" and w & _PERSONS_ACTS and not w & (_MACHINES | BUSINESS):
        return Kind.IP_ADDRESS, "strong"  # (round 79) the IP a booking, an order or a session came from: its person's
    if w == {"agent", "name"}:
        return None, ""  # (round 77) an agent's name: a sports, travel or estate agent is a person, a software one a thing
    if w & OBJECTS and not (w & OBJECTS <= THINGS_13 and w & {"person", "customer", "employee", "role", "mother",
                                                               "doctor", "full"}):
        return Kind.NONE, "object"
    if "region" in w and not w & {"street", "city", "address", "line"}:
        return Kind.NONE, "strong"  # a province, state or prefecture is shared by millions
    if head in QUALIFIERS or (head == "number" and not w & {"phone", "card", "account", "iban", "street"}):
        return Kind.NONE, "strong"
    if "iban" in w or ("bank" in w and "account" in w):
        return Kind.IBAN, "strong"
    if "card" in w and "last" in w and w - {"last", "digits"} <= {"card", "credit", "pan"}:
        return Kind.NONE, "strong"  # (round 68) a card's last four digits (``card_last4``): no family name, no card
    if "card" in w and (w & {"number", "credit", "pan"}) or words in (["card"], ["credit", "card"]):
        return Kind.CREDIT_CARD, "strong"
    if "email" in w:
        return Kind.EMAIL, "strong"
    if "phone" in w:
        return Kind.PHONE, "strong"
    if "ip" in w and "name" not in w:
        # (round 56: ``GC-IP1-NAME``, an intended parent's name at a surrogacy agency: a name, no address)
        return Kind.IP_ADDRESS, "strong"
    if ("secondary" in w and "first" in w or w & {"middle", "patronymic"}) and not w & {"last", "surname", "full",
                                                                                          "initials"}:
        # (round 42) a middle name, a second given name: a given name; (round 71) a patronymic too, the father's
        # given name made a part of the person's (``отчество``, ``πατρώνυμο``), as a middle name is, and a middle
        # initial (``MBR-MID-INIT``: the given name's part, as the sets label it nine times in eleven)
        return Kind.FIRST_NAME, "strong"
    if "kana" in w and len(w & {"first", "last"}) == 1 and not w & {"full", "person", "role", "middle"}:
        return (Kind.FIRST_NAME if "first" in w else Kind.LAST_NAME), "strong"  # the reading of a given or family name
    if "full" in w and w & {"first", "last", "name", "person", "kana", "role", "mother", "customer", "employee"} or w & {"patronymic", "doctor", "middle", "initials"} or (
            w >= {"first", "surname"}) or words == ["full"] or w - {"animal"} <= _PEOPLE or "kana" in w:
        return Kind.PERSON_NAME, "strong"  # a full name, a middle name, a reading, or a person by role alone
    if "surname" in w:
        return Kind.LAST_NAME, "strong"
    if head == "role" and w - {"role"} == {"street"}:
        return Kind.PERSON_NAME, "weak"  # (round 57) a house's manager, a building's warden: a person, by role
    if w & {"street", "line"}:
        return Kind.STREET_ADDRESS, "strong"
    if "first" in w and "last" not in w:
        return Kind.FIRST_NAME, "strong"
    if "last" in w and (head in ("last", "name") or "name" in w or words == ["last"]):
        return Kind.LAST_NAME, "strong"
    if "last" in w and w - {"last"} and w - {"last"} <= _FAMILY_NAME_SORTS:
        return Kind.LAST_NAME, "strong"  # (round 59: French ``nomUsage``, ``nom_marital``: the family name used)
    if "last" in w and w - {"last"} and w - {"last"} <= _PEOPLE | {"customer", "employee"}:
        return Kind.LAST_NAME, "weak"  # (round 41: French ``nom_salarie``, ``nom_client``: the person's name; values
        # tell a family name from a full one)
    if w & {"city", "county"}:
        return Kind.CITY, "strong"
    if "name" in w or (w & {"person", "customer", "employee"} and head in ("full",)):
        return (Kind.PERSON_NAME, "strong") if w & PERSON or words == ["name"] else (Kind.PERSON_NAME, "weak")
    if w & (_PEOPLE | {"full"}) and not w - _PEOPLE - {"full"} - THINGS_13 & _CONCEPTS:
        return Kind.PERSON_NAME, "weak"  # a contact, a party, a full name of someone the other words qualify
    if "address" in w:
        return Kind.STREET_ADDRESS, "strong" if w == {"address"} or w & {"person", "customer", "employee"} else "weak"
    if "note" in w or head in ("text", "body"):
        return Kind.FREE_TEXT, "strong"
    if len(words) == 2 and words[0] == "text" and words[1] not in _CONCEPTS:
        # (round 71) a text, then what it is of, as Romance languages write it (``testo_reclamo``, a complaint's)
        return Kind.FREE_TEXT, "weak"
    return None, ""
