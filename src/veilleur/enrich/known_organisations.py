"""The well-known organisations the news names without describing them ("Toyota halts production
after cyberattack", "Qantas confirms breach"), with their sector (GUIDE.md §5's list) and the
country they are based in: common knowledge an analyst brings to a page, written from general
knowledge of the field's news — large retailers, carmakers, airlines, banks, insurers, telcos,
hospital groups, universities and public bodies — not from any labelled page.

A name here wins over what the page says near it (`victim_sectors.own_sectors`), so only
organisations whose activity is not in doubt are listed: not a conglomerate whose trade is
argued ("Boeing": aircraft or defence), nor a word any text writes for something else ("Delta",
"Total", "Action", "Subway"), nor a common surname written alone ("Chase", "Morgan"), which would
keep a person's name from reading as one (`victim_sectors.named_person`).
"""

from __future__ import annotations

from veilleur.models import Sector

_KNOWN: dict[Sector, str] = {
    Sector.TELECOMMUNICATIONS: "AT&T, T-Mobile, Verizon, Vodafone, Orange, Telefónica, Deutsche Telekom, BT, "
    "Proximus, KPN, Telenet, Comcast, Dish, Sprint, Lumen, Cellcom, Optus, Singtel, SFR, Bouygues Telecom, "
    "Swisscom, Telia, Telstra, O2, EE, Charter Communications, Cox Communications, Frontier Communications, "
    "Windstream, Rogers Communications, CenturyLink, Altice, UScellular, US Cellular, Bell Canada, Telus, "
    "Airtel, Bharti Airtel, Jio, Reliance Jio, China Mobile, China Telecom, China Unicom, SK Telecom, "
    "LG Uplus, NTT Docomo, KDDI, Telenor, Tele2, Magyar Telekom, Telekom Austria, A1 Telekom, Iliad, "
    "Telecom Italia, Fastweb, Movistar, Virgin Media, TalkTalk, VodafoneZiggo, Ziggo, Odido, Kyivstar, "
    "Ukrtelecom, Rostelecom, Etisalat, Ooredoo, MTN, Vodacom, Safaricom, Telmex, America Movil, TPG Telecom, "
    "StarHub, Globe Telecom, PLDT, Telkomsel, Indosat, Viettel, Chunghwa Telecom, Viasat, Inmarsat, Iridium, "
    "Eutelsat",
    Sector.MEDIA: "BBC, CNN, Reuters, New York Times, Washington Post, Fox News, Le Monde, RTBF, VRT, NOS, "
    "ARD, ZDF, Associated Press, Bloomberg, Guardian, The Guardian, Financial Times, Wall Street Journal, "
    "Daily Mail, The Telegraph, The Economist, Politico, NPR, PBS, CBS, CBS News, NBC, NBC News, ABC News, "
    "MSNBC, Sky News, ITV, Channel 4, Al Jazeera, Deutsche Welle, Der Spiegel, Die Zeit, Süddeutsche Zeitung, "
    "Le Figaro, Libération, Les Echos, France Télévisions, France 24, Radio France, TF1, Canal+, Mediapart, "
    "Ouest-France, De Standaard, Het Nieuwsblad, De Morgen, Het Laatste Nieuws, Le Soir, DPG Media, "
    "Mediahuis, De Telegraaf, De Volkskrant, NRC, Corriere della Sera, La Repubblica, RAI, El País, RTVE, "
    "NHK, Nikkei, South China Morning Post, Times of India, Hindustan Times, CBC, Radio-Canada, News Corp, "
    "Netflix, Spotify, Disney, Walt Disney, Warner Bros. Discovery, Paramount, Condé Nast, Hearst, Gannett, "
    "Lee Enterprises, Sinclair Broadcast Group, Nexstar, iHeartMedia, BuzzFeed",
    Sector.RETAIL: "Neiman Marcus, Chick-fil-A, Ulta Beauty, Hot Topic, Advance Auto Parts, Target, Walmart, Home Depot, Ticketmaster, Marks & Spencer, Marks and Spencer, M&S, "
    "Co-op, Harrods, Cartier, Gucci, Balenciaga, Adidas, Nike, IKEA, Carrefour, Delhaize, Colruyt, "
    "Albert Heijn, Lidl, Aldi, Kering, Louis Vuitton, Dior, Costco, Kroger, Best Buy, Lowe's, Macy's, Kohl's, "
    "Nordstrom, Dollar General, Dollar Tree, Family Dollar, Albertsons, Safeway, Publix, Ahold Delhaize, "
    "Tesco, Sainsbury's, Asda, Morrisons, Waitrose, John Lewis, Currys, JD Sports, Primark, Superdrug, "
    "WHSmith, Argos, Selfridges, H&M, Zara, Inditex, Uniqlo, Decathlon, Auchan, E.Leclerc, Intermarché, Fnac, "
    "Darty, Boulanger, Cdiscount, Kiabi, Bol.com, Coolblue, Zalando, MediaMarkt, Media Markt, Rewe, Edeka, "
    "Kaufland, Hema, Kruidvat, Shein, Temu, AliExpress, Wayfair, GameStop, Sephora, Victoria's Secret, "
    "Levi's, Under Armour, Puma, Lululemon, The North Face, North Face, Hermès, Chanel, Prada, Burberry, "
    "LVMH, Tiffany, Alexander McQueen, Saint Laurent, Bottega Veneta, McDonald's, Starbucks, KFC, "
    "Burger King, Domino's, Pizza Hut, Chipotle, Wendy's, Taco Bell",
    Sector.FINANCIAL_SERVICES: "Equifax, TransUnion, Experian, Latitude Financial, Flagstar Bank, Evolve Bank, MoneyGram, Visa, Mastercard, PayPal, Coinbase, Binance, Bybit, Western Union, "
    "American Express, JPMorgan, Goldman Sachs, Wells Fargo, Bank of America, HSBC, BNP Paribas, ING, KBC, "
    "Belfius, JPMorgan Chase, Citigroup, Citi, Citibank, Morgan Stanley, Charles Schwab, BlackRock, "
    "State Street, Capital One, PNC, Truist, Ally Financial, Discover Financial, Synchrony, Santander, BBVA, "
    "CaixaBank, Barclays, Lloyds Banking Group, NatWest, Standard Chartered, Monzo, Revolut, Deutsche Bank, "
    "Commerzbank, UBS, Credit Suisse, Julius Baer, Société Générale, Crédit Agricole, Crédit Mutuel, BPCE, "
    "ABN AMRO, Rabobank, Argenta, Intesa Sanpaolo, UniCredit, Nordea, Danske Bank, Swedbank, Handelsbanken, "
    "Raiffeisen, Erste Group, ICBC, Mizuho, MUFG, Nomura, HDFC Bank, ICICI Bank, State Bank of India, "
    "Westpac, ANZ, Macquarie, Scotiabank, Desjardins, Kraken, Crypto.com, OKX, KuCoin, Bitfinex, Bitstamp, "
    "Huobi, Upbit, Bithumb, Coincheck, WazirX, Robinhood, eToro, Stripe, Klarna, Adyen, Worldpay, Payoneer, "
    "Venmo, Cash App, Zelle, Allianz, AXA, Generali, Zurich Insurance, Aviva, Prudential, MetLife, AIG, "
    "Chubb, Allstate, State Farm, Geico, Liberty Mutual, Farmers Insurance, Erie Insurance, Munich Re, "
    "Swiss Re, Hannover Re, Lloyd's of London, Legal & General, Aegon, NN Group, Ageas, Ethias, Mapfre, Aon, "
    "Marsh McLennan",
    # (health insurers, pharmacy chains, drug makers and laboratories: the guide's healthcare)
    Sector.HEALTHCARE: "Change Healthcare, 23andMe, UnitedHealth, UnitedHealth Group, Anthem, Elevance Health, Cigna, Aetna, Humana, "
    "Kaiser Permanente, Centene, Blue Cross Blue Shield, Medibank, Bupa, Harmonie Mutuelle, MGEN, Almerys, "
    "Viamedis, HCA Healthcare, Ascension, CommonSpirit, Tenet Healthcare, Mayo Clinic, Cleveland Clinic, "
    "Ramsay Health Care, Fresenius, Asklepios, Elsan, AP-HP, Synnovis, DaVita, Quest Diagnostics, LabCorp, "
    "Labcorp, Cerba, Pfizer, Moderna, Johnson & Johnson, Novartis, Roche, Sanofi, GSK, AstraZeneca, Merck, "
    "Eli Lilly, Novo Nordisk, AbbVie, Bristol Myers Squibb, Teva, Cencora, AmerisourceBergen, McKesson, "
    "Cardinal Health, CVS, CVS Health, Walgreens, Rite Aid, Medtronic, Henry Schein, "
    # (laboratory groups, health-data and medical-device firms, hospital groups and health insurers
    # that the news names bare: "Synlab Italia", "Optum", "Doctolib")
    "Synlab, Sonic Healthcare, Unilabs, Biogroup, Optum, Sutter Health, Kettering Health, Ardent Health, "
    "Prospect Medical Holdings, Universal Health Services, Scripps Health, Molina Healthcare, Highmark, "
    "Premera Blue Cross, Independence Blue Cross, Blue Shield of California, Delta Dental, MCNA Dental, "
    "HealthEquity, Episource, Welltok, Epic Systems, Cerner, Oracle Health, athenahealth, eClinicalWorks, "
    "Doctolib, MediSecure, Mediclinic, Helios Kliniken, Sana Kliniken, Ramsay Santé, Vivalto Santé, "
    "Siemens Healthineers, GE HealthCare, Dräger, B. Braun, Baxter International, Becton Dickinson, "
    "Abbott Laboratories, Boston Scientific, Zimmer Biomet, Smith & Nephew, Boots, Lloyds Pharmacy, "
    "Walgreens Boots Alliance, Techniker Krankenkasse, AOK, Barmer, DAK-Gesundheit, Zilveren Kruis, VGZ, "
    "Menzis, Solidaris, Mutualité chrétienne, Christelijke Mutualiteit",
    Sector.GOVERNMENT: "White House, NATO, CISA, NSA, CIA, DHS, IRS, NASA, NOAA, FEMA, HMRC, DVLA, Home Office, "
    "Scotland Yard, Bundestag, European Commission, European Parliament, Europol, Eurojust, ENISA, Interpol, "
    "France Travail, Pôle emploi, URSSAF, Belastingdienst, UWV, RDW, SPF Finances, FOD Financiën",
    Sector.EDUCATION: "Harvard, Stanford, Yale, Princeton, Caltech, UCLA, NYU, Sorbonne, Sciences Po, "
    "KU Leuven, UGent, ULB, UCLouvain, VUB, TU Delft, ETH Zurich, EPFL",
    Sector.ENERGY: "Shell, BP, ExxonMobil, Exxon, Chevron, TotalEnergies, Eni, Equinor, Repsol, Aramco, "
    "Saudi Aramco, Petrobras, Pemex, Gazprom, Rosneft, Lukoil, ConocoPhillips, Halliburton, Schlumberger, "
    "SLB, Baker Hughes, EDF, Engie, Enel, Iberdrola, E.ON, RWE, Vattenfall, Uniper, EnBW, Fluvius, Luminus, "
    "Elia Group, Eneco, Essent, Ørsted, Orsted, Fortum, Duke Energy, Dominion Energy, PG&E, National Grid, "
    "Veolia, Severn Trent",
    Sector.TRANSPORTATION: "Delta Air Lines, JetBlue, Lufthansa, Air France, KLM, Air France-KLM, easyJet, "
    "Ryanair, Wizz Air, Qantas, Etihad, Cathay Pacific, Air India, Air Canada, WestJet, Aeroflot, Iberia, "
    "Vueling, Finnair, Virgin Atlantic, Amtrak, Deutsche Bahn, SNCF, SNCB, NMBS, Eurostar, Network Rail, "
    "ProRail, ÖBB, SBB, Renfe, Trenitalia, Transport for London, TfL, MTA, De Lijn, STIB, MIVB, RATP, Keolis, "
    "Transdev, Arriva, FlixBus, Maersk, DHL, FedEx, UPS, USPS, Royal Mail, La Poste, PostNL, bpost, "
    "Deutsche Post, DPD, GLS, Expeditors, Kuehne+Nagel, CMA CGM, Hapag-Lloyd, COSCO, DP World, Hertz, Avis, "
    "Sixt, Europcar, Heathrow, Gatwick, Schiphol",
    Sector.MANUFACTURING: "Toyota, Honda, Nissan, Mazda, Subaru, Mitsubishi Motors, Suzuki, Hyundai, Kia, "
    "Volkswagen, VW, BMW, Mercedes-Benz, Daimler, Daimler Truck, Audi, Porsche, Stellantis, Peugeot, Renault, "
    "Citroën, Fiat, Chrysler, Jeep, Ford, General Motors, GM, Tesla, Volvo Cars, Jaguar Land Rover, JLR, "
    "Land Rover, Ferrari, Lamborghini, Skoda, Scania, Iveco, Tata Motors, BYD, Geely, Bosch, Denso, Valeo, "
    "Forvia, Bridgestone, Michelin, Goodyear, Pirelli, Siemens, ABB, Schneider Electric, Honeywell, "
    "General Electric, 3M, Caterpillar, John Deere, Thyssenkrupp, ArcelorMittal, Nucor, US Steel, Tata Steel, "
    "BASF, DuPont, Solvay, Henkel, Unilever, Nestlé, Nestle, Procter & Gamble, P&G, Coca-Cola, PepsiCo, "
    "Kraft Heinz, Mondelez, Danone, Tyson Foods, JBS, AB InBev, Anheuser-Busch, Heineken, Carlsberg, Diageo, "
    "Asahi, Kirin, Pernod Ricard, Estée Lauder, L'Oréal, Clorox, Colgate-Palmolive, Kimberly-Clark, "
    "Norsk Hydro",
    Sector.TECHNOLOGY: "Riot Games, Slack, Uber, Lyft, Progress Software, CDK Global, Ingram Micro, Microsoft, Google, Apple, Amazon, Meta, Oracle, Cisco, IBM, Dell, HP, Samsung, LG, "
    "MediaTek, Acer, Asus, Lenovo, Sony, Salesforce, Snowflake, Okta, LastPass, GitHub, GitLab, Reddit, "
    "Twitter, Discord, Adobe, SAP, VMware, Broadcom, Intel, Nvidia, AMD, Qualcomm, Citrix, Fortinet, "
    "Palo Alto Networks, Ivanti, SonicWall, Check Point, CrowdStrike, SentinelOne, SolarWinds, Kaseya, "
    "ConnectWise, Atlassian, Zoom, Dropbox, Twilio, Cloudflare, Akamai, MongoDB, Ubiquiti, Netgear, TP-Link, "
    "D-Link, Zyxel, Huawei, ZTE, Xiaomi, Alibaba, Tencent, Baidu, ByteDance, TikTok, Facebook, Instagram, "
    "WhatsApp, LinkedIn, Yahoo, Nintendo, Activision, Activision Blizzard, Electronic Arts, Ubisoft, "
    "Rockstar Games, Take-Two, Epic Games, Roblox, Capcom, Bandai Namco, Square Enix, Sega, CD Projekt, "
    "Twitch, OpenAI, Anthropic, Hugging Face, Capgemini, Atos, Sopra Steria, Accenture, Infosys, TCS, "
    "Tata Consultancy Services, Wipro, HCLTech, Cognizant, DXC Technology, Kyndryl, NTT Data, Fujitsu, "
    "Hitachi, Toshiba, Panasonic, Nokia, Ericsson, Xerox, Canon, Ricoh, Konica Minolta, "
    "Hewlett Packard Enterprise, HPE, Supermicro, Western Digital, Seagate, Micron, SK Hynix, Foxconn, TSMC, "
    "Infineon, STMicroelectronics, NXP, Sophos, Kaspersky, ESET, Trend Micro, Bitdefender, Avast, McAfee, "
    "Gen Digital, Zendesk, HubSpot, Workday, ServiceNow, Blackbaud, PowerSchool, Salesloft, Veeam, Synology, "
    "QNAP",
    Sector.HOSPITALITY_LEISURE: "Marriott, Hilton Hotels, Hilton Worldwide, Hyatt, IHG, Accor, Wyndham, "
    "Caesars, Caesars Entertainment, MGM Resorts, Las Vegas Sands, Booking.com, Expedia, Airbnb, Tripadvisor, "
    "TUI, Carnival Corporation, Royal Caribbean, Norwegian Cruise Line, Motel One",
    Sector.DEFENSE: "Lockheed Martin, Raytheon, RTX, Northrop Grumman, General Dynamics, BAE Systems, Thales, "
    "Rheinmetall, Naval Group, Dassault Aviation, MBDA, Elbit Systems, L3Harris, Huntington Ingalls, KNDS",
    Sector.NON_PROFIT: "Internet Archive, Amnesty International, Human Rights Watch, Greenpeace, Oxfam, Save the Children, "
    "Médecins Sans Frontières, Doctors Without Borders, ICRC, Electronic Frontier Foundation, Access Now",
}
KNOWN_SECTORS = {n.strip().casefold(): sector for sector, names in _KNOWN.items() for n in names.split(",")}

# Where they are based (common knowledge of a household name, GUIDE.md: "Santander → ES, Acer →
# TW"), for a victim whose own words name no country; a name two countries share ("Cellcom",
# "O2", "IKEA", "Jio"), a group whose victims are its many countries' units, or one whose home
# the press names otherwise than its seat ("Stellantis", "Shell", "Experian", "Atlassian"), is
# left out: this list wins over the one country a page names. A firm the field knows only from its
# own breach news ("MediSecure", "Episource") is no household name: its sector is listed, its country
# left to the page (GUIDE.md: "not from the reader's knowledge of a small firm").
_KNOWN_COUNTRIES: dict[str, str] = {
    "US": "White House, Neiman Marcus, Chick-fil-A, Ulta Beauty, Hot Topic, Advance Auto Parts, Equifax, TransUnion, Flagstar Bank, Evolve Bank, Change Healthcare, 23andMe, Riot Games, Slack, Uber, Lyft, Progress Software, CDK Global, Ingram Micro, Internet Archive, The North Face, North Face, Tiffany, Kraken, Payoneer, Goodyear, Hugging Face, News Corp, Sinclair Broadcast Group, Viasat, Iridium, AT&T, Hilton Hotels, Hilton Worldwide, Carnival Corporation, T-Mobile, Verizon, Comcast, Dish, "
    "Sprint, Lumen, CNN, New York Times, Washington Post, Fox News, Associated Press, Bloomberg, Target, "
    "Walmart, Home Depot, Ticketmaster, Nike, MoneyGram, Visa, Mastercard, PayPal, Coinbase, Western Union, "
    "American Express, JPMorgan, Goldman Sachs, Wells Fargo, Bank of America, Microsoft, Google, Apple, "
    "Amazon, Meta, Oracle, Cisco, IBM, Dell, HP, Salesforce, Snowflake, Okta, LastPass, GitHub, GitLab, "
    "Reddit, Twitter, Discord, Charter Communications, Cox Communications, Frontier Communications, "
    "Windstream, CenturyLink, UScellular, US Cellular, Wall Street Journal, Politico, NPR, PBS, CBS, "
    "CBS News, NBC, NBC News, ABC News, MSNBC, Netflix, Disney, Walt Disney, Warner Bros. Discovery, "
    "Paramount, Condé Nast, Hearst, Gannett, Lee Enterprises, Nexstar, iHeartMedia, BuzzFeed, Costco, Kroger, "
    "Best Buy, Lowe's, Macy's, Kohl's, Nordstrom, Dollar General, Dollar Tree, Family Dollar, Albertsons, "
    "Safeway, Publix, Wayfair, GameStop, Victoria's Secret, Levi's, Under Armour, McDonald's, Starbucks, KFC, "
    "Burger King, Domino's, Pizza Hut, Chipotle, Wendy's, Taco Bell, JPMorgan Chase, Citigroup, Citi, "
    "Citibank, Morgan Stanley, Charles Schwab, BlackRock, State Street, Capital One, PNC, Truist, "
    "Ally Financial, Discover Financial, Synchrony, Robinhood, Stripe, Venmo, Cash App, Zelle, MetLife, AIG, "
    "Chubb, Allstate, State Farm, Geico, Liberty Mutual, Farmers Insurance, Erie Insurance, Marsh McLennan, "
    "UnitedHealth, UnitedHealth Group, Anthem, Elevance Health, Cigna, Aetna, Humana, Kaiser Permanente, "
    "Centene, Blue Cross Blue Shield, HCA Healthcare, Ascension, CommonSpirit, Tenet Healthcare, Mayo Clinic, "
    "Cleveland Clinic, DaVita, Quest Diagnostics, LabCorp, Labcorp, Pfizer, Moderna, Johnson & Johnson, "
    "Merck, Eli Lilly, AbbVie, Bristol Myers Squibb, Cencora, AmerisourceBergen, McKesson, Cardinal Health, "
    "CVS, CVS Health, Walgreens, Rite Aid, Henry Schein, FBI, CISA, NSA, CIA, DHS, IRS, NASA, NOAA, FEMA, "
    "Harvard, Stanford, Yale, Princeton, Caltech, UCLA, NYU, ExxonMobil, Exxon, Chevron, ConocoPhillips, "
    "Halliburton, Baker Hughes, Duke Energy, Dominion Energy, PG&E, Delta Air Lines, JetBlue, Amtrak, MTA, "
    "FedEx, UPS, USPS, Expeditors, Hertz, Avis, Chrysler, Jeep, Ford, General Motors, GM, Tesla, Honeywell, "
    "General Electric, 3M, Caterpillar, John Deere, Nucor, US Steel, DuPont, Procter & Gamble, P&G, "
    "Coca-Cola, PepsiCo, Kraft Heinz, Mondelez, Tyson Foods, Anheuser-Busch, Estée Lauder, Clorox, "
    "Colgate-Palmolive, Kimberly-Clark, Adobe, VMware, Broadcom, Intel, Nvidia, AMD, Qualcomm, Citrix, "
    "Fortinet, Palo Alto Networks, Ivanti, SonicWall, CrowdStrike, SentinelOne, SolarWinds, Kaseya, "
    "ConnectWise, Zoom, Dropbox, Twilio, Cloudflare, Akamai, MongoDB, Ubiquiti, Netgear, Facebook, Instagram, "
    "WhatsApp, LinkedIn, Yahoo, Activision, Activision Blizzard, Electronic Arts, Rockstar Games, Take-Two, "
    "Epic Games, Roblox, Twitch, OpenAI, Anthropic, Cognizant, DXC Technology, Kyndryl, Xerox, "
    "Hewlett Packard Enterprise, HPE, Supermicro, Western Digital, Seagate, Micron, McAfee, Gen Digital, "
    "Zendesk, HubSpot, Workday, ServiceNow, Blackbaud, PowerSchool, Salesloft, Marriott, Hyatt, Wyndham, "
    "Caesars, Caesars Entertainment, MGM Resorts, Las Vegas Sands, Expedia, Airbnb, Tripadvisor, "
    "Royal Caribbean, Norwegian Cruise Line, Lockheed Martin, Raytheon, RTX, Northrop Grumman, "
    "General Dynamics, L3Harris, Huntington Ingalls, Human Rights Watch, Electronic Frontier Foundation, "
    "Optum, Sutter Health, Kettering Health, Ardent Health, Prospect Medical Holdings, "
    "Universal Health Services, Scripps Health, Molina Healthcare, Highmark, Premera Blue Cross, "
    "Independence Blue Cross, Blue Shield of California, Delta Dental, Epic Systems, Cerner, Oracle Health, "
    "athenahealth, eClinicalWorks, GE HealthCare, "
    "Baxter International, Becton Dickinson, Abbott Laboratories, Boston Scientific, Zimmer Biomet, "
    "Walgreens Boots Alliance",
    "GB": "Alexander McQueen, Arriva, IHG, Inmarsat, Vodafone, BT, EE, BBC, Reuters, Guardian, Marks & Spencer, Marks and Spencer, M&S, Co-op, Harrods, "
    "HSBC, Virgin Media, TalkTalk, The Guardian, Financial Times, Daily Mail, The Telegraph, The Economist, "
    "Sky News, ITV, Channel 4, Tesco, Sainsbury's, Asda, Morrisons, Waitrose, John Lewis, Currys, JD Sports, "
    "Superdrug, WHSmith, Argos, Selfridges, Burberry, Barclays, Lloyds Banking Group, NatWest, "
    "Standard Chartered, Monzo, Revolut, Aviva, Prudential, Lloyd's of London, Legal & General, Bupa, "
    "Synnovis, GSK, AstraZeneca, HMRC, DVLA, Home Office, Scotland Yard, BP, National Grid, Severn Trent, "
    "easyJet, Virgin Atlantic, Network Rail, Transport for London, TfL, Royal Mail, Heathrow, Gatwick, "
    "Jaguar Land Rover, JLR, Land Rover, Unilever, Diageo, Sophos, Arm, BAE Systems, Oxfam, "
    "Save the Children, Amnesty International, Boots, Lloyds Pharmacy, Smith & Nephew",
    "FR": "Ubisoft, Air France-KLM, Eutelsat, Orange, SFR, Bouygues Telecom, Le Monde, Cartier, Carrefour, Kering, Louis Vuitton, Dior, "
    "Balenciaga, BNP Paribas, Iliad, Le Figaro, Libération, Les Echos, France Télévisions, France 24, "
    "Radio France, TF1, Canal+, Mediapart, Ouest-France, Decathlon, Auchan, E.Leclerc, Intermarché, Fnac, "
    "Darty, Boulanger, Cdiscount, Kiabi, Sephora, Hermès, Chanel, LVMH, Saint Laurent, AXA, Société Générale, "
    "Crédit Agricole, Crédit Mutuel, BPCE, Harmonie Mutuelle, MGEN, Almerys, Viamedis, Elsan, AP-HP, Cerba, "
    "Sanofi, France Travail, Pôle emploi, URSSAF, Sorbonne, Sciences Po, TotalEnergies, EDF, Engie, Veolia, "
    "Air France, SNCF, RATP, Keolis, Transdev, La Poste, CMA CGM, Europcar, Peugeot, Renault, Citroën, Valeo, "
    "Forvia, Michelin, Schneider Electric, Danone, Pernod Ricard, L'Oréal, Capgemini, Atos, Sopra Steria, "
    "Accor, Thales, Naval Group, Dassault Aviation, Médecins Sans Frontières, Doctolib, Ramsay Santé, "
    "Vivalto Santé, Biogroup",
    "BE": "Proximus, Telenet, RTBF, VRT, Delhaize, Colruyt, KBC, Belfius, De Standaard, Het Nieuwsblad, "
    "De Morgen, Het Laatste Nieuws, Le Soir, DPG Media, Mediahuis, Argenta, Ageas, Ethias, SPF Finances, "
    "FOD Financiën, KU Leuven, UGent, ULB, UCLouvain, VUB, Fluvius, Luminus, Elia Group, SNCB, NMBS, De Lijn, "
    "STIB, MIVB, bpost, Solvay, AB InBev, Solidaris, Mutualité chrétienne, Christelijke Mutualiteit",
    "NL": "KPN, NOS, Albert Heijn, ING, VodafoneZiggo, Ziggo, Odido, De Telegraaf, De Volkskrant, NRC, "
    "Ahold Delhaize, Bol.com, Coolblue, Hema, Kruidvat, ABN AMRO, Rabobank, Aegon, NN Group, Adyen, "
    "Belastingdienst, UWV, RDW, TU Delft, Eneco, Essent, KLM, ProRail, PostNL, Schiphol, Heineken, NXP, "
    "Booking.com, Zilveren Kruis, VGZ, Menzis",
    "DE": "Deutsche Telekom, ARD, ZDF, Adidas, Lidl, Aldi, Deutsche Welle, Der Spiegel, Die Zeit, "
    "Süddeutsche Zeitung, Zalando, MediaMarkt, Media Markt, Rewe, Edeka, Kaufland, Puma, Deutsche Bank, "
    "Commerzbank, Allianz, Munich Re, Hannover Re, Fresenius, Asklepios, Bundestag, E.ON, RWE, Uniper, EnBW, "
    "Lufthansa, Deutsche Bahn, Deutsche Post, DHL, Sixt, Volkswagen, VW, BMW, Mercedes-Benz, Daimler, "
    "Daimler Truck, Audi, Porsche, Bosch, Siemens, Thyssenkrupp, BASF, Henkel, SAP, Infineon, TUI, "
    "Rheinmetall, Hapag-Lloyd, Motel One, FlixBus, Helios Kliniken, Sana Kliniken, Siemens Healthineers, Dräger, "
    "B. Braun, Techniker Krankenkasse, AOK, Barmer, DAK-Gesundheit",
    "ES": "Telefónica, Movistar, El País, RTVE, Zara, Inditex, Santander, BBVA, CaixaBank, Mapfre, Repsol, "
    "Iberdrola, Iberia, Vueling, Renfe",
    "IT": "Gucci, Telecom Italia, Fastweb, Corriere della Sera, La Repubblica, RAI, Prada, Bottega Veneta, "
    "Intesa Sanpaolo, UniCredit, Generali, Eni, Enel, Trenitalia, Fiat, Ferrari, Lamborghini, Pirelli, Iveco",
    "CH": "Swisscom, UBS, Credit Suisse, Julius Baer, Zurich Insurance, Swiss Re, Novartis, Roche, SBB, ABB, "
    "Nestlé, Nestle, ETH Zurich, EPFL, Kuehne+Nagel, Logitech, Acronis, Unilabs",
    "SE": "Spotify, Klarna, Telia, Tele2, H&M, IKEA Group, Handelsbanken, Swedbank, Vattenfall, Volvo Cars, Scania, Ericsson",
    "NO": "Telenor, Equinor, Norsk Hydro",
    "FI": "Nordea, Finnair, Fortum, Nokia",
    "DK": "Danske Bank, Maersk, Carlsberg, Novo Nordisk, Ørsted, Orsted",
    "AT": "Telekom Austria, A1 Telekom, Raiffeisen, Erste Group, ÖBB",
    "HU": "Magyar Telekom, Wizz Air",
    "IE": "Ryanair, Accenture",
    "AU": "Latitude Financial, Ramsay Health Care, Optus, Telstra, TPG Telecom, Westpac, ANZ, Macquarie, Medibank, Qantas, "
    "Sonic Healthcare",
    "SG": "Singtel, StarHub",
    "KR": "Samsung, LG, SK Telecom, LG Uplus, Upbit, Bithumb, Hyundai, Kia, SK Hynix",
    "TW": "D-Link, Zyxel, Synology, QNAP, MediaTek, Acer, Asus, Chunghwa Telecom, Foxconn, TSMC",
    "CN": "Lenovo, China Mobile, China Telecom, China Unicom, ICBC, BYD, Geely, Xiaomi, Alibaba, Tencent, "
    "Baidu, ByteDance, Huawei, ZTE, COSCO, AliExpress, Temu",
    "JP": "Sony, NTT Docomo, KDDI, NHK, Nikkei, Uniqlo, Mizuho, MUFG, Nomura, Coincheck, Toyota, Honda, "
    "Nissan, Mazda, Subaru, Mitsubishi Motors, Suzuki, Denso, Bridgestone, Asahi, Kirin, Nintendo, Capcom, "
    "Bandai Namco, Square Enix, Sega, NTT Data, Fujitsu, Hitachi, Toshiba, Panasonic, Canon, Ricoh, "
    "Konica Minolta, Trend Micro",
    "IN": "Airtel, Bharti Airtel, Reliance Jio, Times of India, Hindustan Times, HDFC Bank, ICICI Bank, "
    "State Bank of India, WazirX, Air India, Tata Motors, Tata Steel, Infosys, TCS, "
    "Tata Consultancy Services, Wipro, HCLTech",
    "CA": "Lululemon, Rogers Communications, Bell Canada, Telus, CBC, Radio-Canada, Scotiabank, Desjardins, Air Canada, "
    "WestJet",
    "RU": "Rostelecom, Gazprom, Rosneft, Lukoil, Aeroflot, Kaspersky",
    "UA": "Kyivstar, Ukrtelecom",
    "IL": "Teva, Check Point, Elbit Systems",
    "HK": "Cathay Pacific, South China Morning Post",
    "PH": "Globe Telecom, PLDT",
    "ID": "Telkomsel, Indosat",
    "VN": "Viettel",
    "BR": "Petrobras, JBS",
    "MX": "Pemex, Telmex, America Movil",
    "SA": "Aramco, Saudi Aramco",
    "AE": "Etihad, DP World, Etisalat, Bybit",
    "ZA": "Vodacom, MTN",
    "KE": "Safaricom",
    "CZ": "Skoda, Avast",
    "SK": "ESET",
    "RO": "Bitdefender",
    "PL": "CD Projekt",
    "TR": "Turkcell",
    "QA": "Al Jazeera, Ooredoo",
    "LU": "ArcelorMittal, Bitstamp",
}
KNOWN_COUNTRIES = {
    n.strip().casefold(): code for code, names in _KNOWN_COUNTRIES.items() for n in names.split(",")
}
