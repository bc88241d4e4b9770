"""Articles of the CALL convention (C0688) that avenant n°01 does not rewrite, in .cpd markup.
Shared verbatim by the original and the consolidated versions (ANRU model-convention wording)."""

STD = {}

STD["title_page"] = """!center !bold CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN DE LA COMMUNAUTÉ D'AGGLOMÉRATION DE LENS-LIÉVIN COFINANCÉE PAR L'ANRU DANS LE CADRE DU NOUVEAU PROGRAMME NATIONAL DE RENOUVELLEMENT URBAIN

!center Convention n° C0688

!center Quartiers Cité du 12/14 à Lens (QP062024), République – Cité 4 Sud à Avion (QP062019) et Calonne – Marichelles – Vent de Bise à Liévin (QP062028)"""

STD["title_page_end"] = """!center Convention signée le 20 mai 2021

\\pagebreak"""

STD["vu"] = """Vu le règlement général de l’Agence nationale pour la rénovation urbaine (ANRU) relatif au nouveau programme national de renouvellement urbain (RGA NPNRU) en vigueur au jour de la signature de la présente convention,

Vu le règlement financier (RF) de l’ANRU relatif au NPNRU en vigueur au jour de la signature de la présente convention,

Vu la loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine,

Vu l’arrêté du 29 avril 2015 relatif à la liste des quartiers prioritaires de la politique de la ville présentant les dysfonctionnements urbains les plus importants et visés en priorité par le nouveau programme national de renouvellement urbain,

Vu le contrat de ville de la Communauté d’Agglomération de Lens-Liévin signé le 3 juillet 2015,

Vu le protocole de préfiguration n° 412 de la Communauté d’Agglomération de Lens-Liévin cofinancé par l’ANRU, signé le 9 février 2017,

Vu les avis des comités d’engagement de l’ANRU en date du 19 septembre 2018 et du 23 octobre 2019,"""

STD["parties_a"] = """!bold Il est convenu entre :

L’Agence nationale pour la rénovation urbaine, désignée ci-après « l’Agence » ou « l’ANRU », représentée par sa directrice générale, ou par délégation, par son délégué territorial dans le département,

L’État, représenté par le Préfet du Pas-de-Calais, responsable de la mise en œuvre du renouvellement urbain dans le département[^1],

La Communauté d’Agglomération de Lens-Liévin, établissement public de coopération intercommunale (EPCI), représentée par son Président, ci-après désignée « le porteur de projet »[^2],

Les communes de Lens, Avion et Liévin, comprenant au moins un quartier inscrit à l’article 1 de la présente convention pluriannuelle, représentées par leurs Maires,

Les maîtres d’ouvrage des opérations programmées dans la présente convention :

Maisons et Cités, SA d’HLM, représentée par son Directeur Général,

SIA Habitat, SA d’HLM, représentée par sa Directrice Générale,

Pas-de-Calais Habitat, Office public de l’habitat, représenté par son Directeur Général,

Flandre Opale Habitat, SA d’HLM, représentée par son Directeur Général,

Action Logement Services, représenté par son Directeur Régional,

Foncière Logement, représentée par sa Présidente,"""

STD["parties_b"] = """Ci-après désignés les « Parties prenantes »

En présence de :

La Caisse des Dépôts,

L’ADEME,

Le Conseil régional des Hauts-de-France,

Ci-après désignés les « Partenaires associés »

[^1]: Lorsque le projet de renouvellement urbain prévoit des opérations localisées dans un autre département que celui accueillant le siège de l’EPCI auquel est rattachée la convention, le préfet du département de localisation de ces opérations est également signataire de la convention.

[^2]: Exceptionnellement, le projet de renouvellement urbain peut être porté par la commune (départements et collectivités d’outre-mer, communes non inscrites dans un EPCI, communes rattachées à des communautés de communes n'ayant pas choisi d'exercer la compétence « politique de la ville »).

!bold Ce qui suit :

\\pagebreak"""

STD["preambule"] = """# | PRÉAMBULE

La présente convention pluriannuelle s’appuie sur le dossier élaboré à la suite du protocole de préfiguration de la Communauté d’Agglomération de Lens-Liévin n° 412, cofinancé par l’ANRU, conformément au dossier type prévu à l’annexe II du RGA NPNRU, et examiné par le comité d’engagement de l’ANRU du 19 septembre 2018 pour la Cité du 12/14 à Lens et du 23 octobre 2019 pour les quartiers République – Cité 4 Sud à Avion et Calonne – Marichelles – Vent de Bise à Liévin.

La présente convention pluriannuelle, sur laquelle s’engagent les Parties prenantes, en reprend les principales caractéristiques. Elle détaille les ambitions, les objectifs et le programme urbain du projet, les concours financiers de l’ANRU et des partenaires, ainsi que les modalités de pilotage, de suivi et d’évaluation.

Le projet de renouvellement urbain de la Communauté d’Agglomération de Lens-Liévin s’inscrit dans la stratégie de l’Engagement pour le Renouveau du Bassin Minier (ERBM) signé le 7 mars 2017, dont il constitue un volet essentiel pour les trois quartiers concernés. Il s’articule avec le contrat de ville, le programme local de l’habitat, la convention intercommunale d’attribution et le plan de gestion du patrimoine inscrit sur la Liste du patrimoine mondial de l’UNESCO au titre du Bassin minier du Nord-Pas de Calais.

Les dispositions de la présente convention pluriannuelle de renouvellement urbain sont complétées par les annexes listées à la fin du document. Les pièces annexées ont la même valeur contractuelle que le corps de la convention."""

STD["art1"] = """## Article 1 | Les éléments de contexte

La Communauté d’Agglomération de Lens-Liévin (CALL) regroupe 36 communes et près de 245 000 habitants au cœur de l’ancien bassin minier du Pas-de-Calais. Le territoire porte encore fortement l’empreinte de l’exploitation charbonnière : un parc de logements miniers important, des cités ouvrières organisées autour des anciennes fosses, un taux de chômage et une part de ménages à bas revenus sensiblement supérieurs aux moyennes régionales et nationales.

Vingt et un quartiers prioritaires de la politique de la ville ont été identifiés sur le territoire de l’agglomération, dont trois sont retenus au titre du nouveau programme national de renouvellement urbain : la Cité du 12/14 à Lens, quartier d’intérêt national, le quartier République – Cité 4 Sud à Avion et le quartier Calonne – Marichelles – Vent de Bise à Liévin, quartiers d’intérêt régional.

La Cité du 12/14 est une cité minière d’environ 1 100 logements, pour partie inscrite au patrimoine mondial de l’UNESCO, bordée par le centre hospitalier de Lens dont le déménagement est programmé. Le parc social, majoritairement détenu par Maisons et Cités, y présente un niveau de vacance élevé et des logements énergivores. Le quartier République – Cité 4 Sud à Avion, qui a fait l’objet d’une première intervention au titre du PNRU, reste marqué par des immeubles collectifs des années 1960 et 1970 propriété de Pas-de-Calais Habitat, dont une part importante connaît une vacance structurelle. Le quartier Calonne – Marichelles – Vent de Bise à Liévin est constitué d’un ensemble d’immeubles collectifs implantés sur un relief marqué, isolés du reste de la ville, dont l’obsolescence justifie une démolition complète.

Le protocole de préfiguration a permis de conduire les études urbaines, habitat, commerciales et de peuplement qui fondent le présent projet, et de valider un premier ensemble d’opérations préalables (démolitions, requalifications et ingénierie)."""

STD["art2_1_2"] = """## Article 2 | Les objectifs poursuivis par le projet de renouvellement urbain

### Article 2.1 | La vocation du ou des quartier(s) et les orientations stratégiques prioritaires du projet en cohérence avec le contrat de ville

Le contrat de ville de la Communauté d’Agglomération de Lens-Liévin fixe trois orientations transversales : améliorer l’inclusion sociale et développer la cohésion sociale, améliorer l’habitat, le cadre de vie et l’environnement, renforcer l’attractivité des quartiers prioritaires. Le projet de renouvellement urbain décline ces orientations en fonction de la vocation propre à chacun des trois quartiers.

La Cité du 12/14 a vocation à redevenir un quartier résidentiel attractif du cœur d’agglomération, valorisant son patrimoine minier et sa proximité avec le centre-ville de Lens et le futur pôle hospitalier. Le quartier République – Cité 4 Sud a vocation à conforter son rôle de polarité de proximité pour le sud de la commune d’Avion, en achevant la transformation engagée lors du premier programme. Le quartier Calonne – Marichelles – Vent de Bise a vocation à se transformer en un quartier mixte et apaisé, ouvert sur le cœur de ville de Liévin.

### Article 2.2 | Les objectifs urbains du projet

Les objectifs urbains du projet sont les suivants :

- Diversifier l’offre de logements et réduire la part du logement locatif social dans les quartiers, par la démolition du parc le plus obsolète et la production d’une offre nouvelle en accession et en locatif libre ;
- Requalifier en profondeur le parc social conservé, en visant a minima le niveau BBC rénovation ;
- Restructurer la trame viaire et les espaces publics pour désenclaver les quartiers et les relier aux centralités voisines, notamment par le bus à haut niveau de service ;
- Renforcer l’offre d’équipements publics de proximité et la qualité des équipements scolaires ;
- Améliorer la gestion urbaine de proximité et anticiper les coûts de gestion des nouveaux aménagements.

Les indicateurs de suivi de ces objectifs sont présentés en annexe A9."""

STD["a2_3_orig"] = """Le projet de renouvellement urbain de la Communauté d’Agglomération de Lens-Liévin ne fait pas l’objet d’un projet d’innovation financé au titre du programme d’investissements d’avenir. Les partenaires entendent néanmoins mobiliser le projet comme un terrain d’expérimentation, en cohérence avec la démarche de troisième révolution industrielle (REV3) portée par la Région Hauts-de-France.

Trois axes d’innovation sont ainsi retenus : la réhabilitation thermique du patrimoine minier dans le respect des prescriptions liées à l’inscription UNESCO, en recourant à des matériaux biosourcés ; la gestion économe des fonciers libérés par les démolitions, qui pourront faire l’objet d’occupations transitoires ; l’implication des habitants dans la conception et la gestion des espaces publics. Ces orientations seront précisées au fil de la mise en œuvre du projet et pourront, le cas échéant, donner lieu à une candidature aux appels à projets de l’ANRU."""

STD["art3"] = """## Article 3 | Les facteurs clés de réussite et les objectifs d’excellence du projet

### Article 3.1 | Les engagements spécifiques conditionnant la réussite du projet de renouvellement urbain

Les Parties prenantes s’engagent à mettre en œuvre les conditions suivantes, jugées déterminantes pour la réussite du projet :

- La Communauté d’Agglomération de Lens-Liévin s’engage à réviser son programme local de l’habitat afin d’y intégrer une stratégie de reconstitution et de diversification cohérente avec le présent projet, et à limiter le développement de programmes concurrents à proximité des quartiers ;
- Les communes de Lens, Avion et Liévin s’engagent à assurer la maîtrise foncière des emprises nécessaires aux opérations d’aménagement et à mettre en place une veille foncière sur les secteurs de diversification ;
- Les organismes HLM s’engagent à mener les relogements dans le respect de la charte intercommunale de relogement et à assurer la gestion des logements vacants dans l’attente des démolitions ;
- L’ensemble des partenaires s’engage à coordonner les calendriers des opérations afin de limiter la durée des nuisances pour les habitants.

### Article 3.2 | Les objectifs d’excellence du projet de renouvellement urbain

Conformément au RGA NPNRU, le projet vise l’excellence dans les domaines suivants : la qualité énergétique des opérations de construction et de réhabilitation, avec un objectif de niveau BBC rénovation pour l’ensemble des requalifications ; la valorisation du patrimoine minier et paysager, en lien avec la Mission Bassin Minier ; la qualité des espaces publics et la place donnée aux mobilités actives. Ces objectifs font l’objet d’indicateurs présentés en annexe A9 et suivis dans le cadre du dispositif local d’évaluation."""

STD["a4_1_3"] = """#### Article 4.1.3 | Le quartier Vent de Bise - Jean Lebas à Liévin

Le programme urbain du quartier Calonne – Marichelles – Vent de Bise repose sur la démolition de l’ensemble du parc social du périmètre d’intervention et sur la recomposition complète du secteur autour d’une offre de logements diversifiée et d’équipements de proximité renouvelés.

::: table
title: Tableau de synthèse des opérations financées - Quartier Vent de Bise - Jean Lebas
header_rows: 1
rules: all
widths: 2,4
| Opérations | Programme |
| Démolition de LLS | 406 LLS |
| Reconstitution de LLS | 20 logements (14 PLUS et 6 PLAI) |
| Diversification de l’habitat | 111 logements projetés dont 91 privés – 6 logements en accession sociale programmés |
| Aménagements des espaces publics | Secteur Vent de Bise cœur de quartier\\nSecteur Jean Lebas\\nRéfection des réseaux d’eau potable et d’assainissement |
| Equipements publics de proximité | Maison des jeunes et des associations\\nRénovation de l’école Berteloot\\nSalle polyvalente |
| Immobilier à vocation économique | Maison de santé avec commerce solidaire et de proximité |
:::

- Intervention sur le patrimoine bâti – opérations immobilières :

  - Démolition de 406 logements locatifs sociaux propriété de Pas-de-Calais Habitat répartis en huit bâtiments : Mousson (48 logements), Suroît (40 logements), Zéphyr (36 logements), Alizés (60 logements), Mistral (64 logements), Sirocco (58 logements), Tramontane (50 logements) et Noroît (50 logements),
  - Reconstitution de 20 logements locatifs sociaux en habitat intermédiaire par Pas-de-Calais Habitat sur l’îlot libéré par la démolition des bâtiments Mousson, Suroît et Zéphyr,
  - Construction de 6 logements en accession sociale par CoopArtois sur le secteur Vent de Bise cœur de quartier.

- Opérations d’aménagement et requalification de l’espace public :

  - Aménagement du secteur Vent de Bise cœur de quartier : création d’une nouvelle trame viaire, d’une place centrale et d’un parc en pente reliant le quartier au cœur de ville,
  - Aménagement du secteur Jean Lebas : requalification de la rue Jean Lebas et des voies de desserte des futurs programmes,
  - Réfection des réseaux d’eau potable et d’assainissement sous maîtrise d’ouvrage de la CALL.

- Intervention sur les équipements publics :

  - Création d’une maison des jeunes et des associations, rénovation de l’école Berteloot et construction d’une salle polyvalente rue du 8 Mai 1945,
  - Construction d’une maison de santé avec commerce solidaire et de proximité."""

STD["a4_2_3"] = """#### Article 4.2.3 | Le quartier Vent de Bise - Jean Lebas à Liévin

La composition urbaine du quartier repose sur l’effacement des barres implantées perpendiculairement à la pente et sur la création d’un maillage de rues et de venelles suivant les courbes de niveau. Le cœur de quartier s’organise autour d’une place bordée par les équipements rénovés, tandis que les pentes du Vent de Bise accueillent un parc paysager ouvert sur le grand paysage du bassin minier. Les nouvelles formes d’habitat, individuelles et intermédiaires, assurent la transition avec le tissu pavillonnaire environnant."""

STD["a5_1_3"] = """#### Article 5.1.3 | Le quartier de la République – Cité 4 sud à Avion

La diversification résidentielle du quartier République – Cité 4 Sud s’appuie sur les fonciers libérés par les démolitions en frange du quartier, qui offrent un potentiel de 98 logements diversifiés. Les études de faisabilité à la parcelle permettront de préciser la programmation : logements privés dont des logements pour seniors et logements en accession sociale. CoopArtois s’est d’ores et déjà positionnée pour la création de 10 logements en accession sociale à l’Est du quartier. La commercialisation des premiers programmes n’est pas envisagée avant que la requalification lourde des espaces publics et des immeubles conservés ait produit ses effets sur l’image du quartier."""

STD["art6"] = """## Article 6 | La stratégie de relogement et d’attributions

Conformément au RGA NPNRU, le porteur de projet, en lien avec les organismes HLM, les réservataires et l’État, s’engage à définir et mettre en œuvre une stratégie de relogement et d’attributions à l’échelle intercommunale, formalisée dans la convention intercommunale d’attribution (CIA) et dans la charte intercommunale de relogement de la CALL.

Les objectifs poursuivis sont les suivants :

- Offrir des parcours résidentiels positifs aux ménages, en particulier en direction des logements neufs ou conventionnés depuis moins de cinq ans, et hors des quartiers prioritaires ;
- Réinscrire les ménages en difficulté dans une dynamique d’insertion, grâce à un accompagnement social adapté ;
- Contribuer à la mixité sociale et au rééquilibrage territorial, en veillant à ne pas concentrer les relogements dans les quartiers les plus fragiles.

Le relogement concerne au total les ménages occupant les 1 039 logements démolis au titre de la présente convention, dont les logements déjà vacants à la date de signature. Les organismes HLM s’engagent à assurer un reste à charge maîtrisé pour les ménages relogés, conformément à l’article 2.3.1 du titre II du RGA NPNRU, et à mobiliser leur patrimoine à l’échelle de l’agglomération. Des ateliers peuplement sont organisés par chacune des villes, en lien avec les bailleurs et la CALL, et un bilan du relogement est présenté chaque année en commission de coordination de la CIA.

La présente stratégie sera précisée, le cas échéant, au regard des évolutions du programme, dans le cadre du comité de pilotage du projet."""

STD["a7_3_5"] = """### Article 7.3 | La participation des habitants et la mise en place des maisons du projet

Le porteur de projet et les communes s’engagent à associer les habitants à chaque étape du projet, conformément au principe de co-construction posé par la loi du 21 février 2014. Les conseils citoyens des trois quartiers sont représentés au comité de pilotage du projet.

Une maison du projet est ouverte dans chacun des trois quartiers. Elle constitue un lieu d’information sur le projet et sur l’avancement des chantiers, d’exposition des plans et maquettes, et d’accueil des ateliers de concertation. Les maisons du projet accueillent également les permanences des bailleurs dans le cadre du relogement.

### Article 7.4 | L’organisation des maîtres d’ouvrage

Chaque maître d’ouvrage désigne un référent chargé du suivi de ses opérations et de leur articulation avec le calendrier d’ensemble du projet. Les organismes HLM mobilisent des équipes dédiées au relogement et à la conduite des opérations de démolition et de requalification. Les communes assurent la maîtrise d’ouvrage des aménagements d’espaces publics et des équipements, la CALL celle des réseaux et de la collecte des déchets.

### Article 7.5 | Le dispositif local d’évaluation

Le porteur de projet met en place un dispositif local d’évaluation, confié à l’Agence d’Urbanisme de l’Artois (AULA), permettant de mesurer l’atteinte des objectifs du projet au regard des indicateurs présentés en annexe A9. Les résultats de cette évaluation sont présentés chaque année au comité de pilotage et transmis au délégué territorial de l’ANRU."""

STD["art9_intro"] = """## Article 9 | Les opérations programmées dans la présente convention et leur calendrier opérationnel

Les opérations programmées dans la présente convention pluriannuelle sont présentées ci-après, par famille d’opérations. Le calendrier opérationnel prévisionnel figure en annexe C1 et le tableau financier des opérations programmées en annexe C2.

### Article 9.1 | Les opérations cofinancées par l’ANRU dans le cadre de la convention pluriannuelle

Les concours financiers de l’ANRU sont attribués aux maîtres d’ouvrage des opérations dans les conditions fixées par le RGA NPNRU et le RF NPNRU. Le montant des concours financiers est calculé sur la base de l’assiette prévisionnelle de l’opération et du taux de subvention indiqués ci-dessous.

#### Article 9.1.1 | La présentation des opérations cofinancées par l’ANRU dans la présente convention au titre du NPNRU

Les tableaux ci-dessous sont extraits du menu reporting de l’outil IODA. Pour chaque opération, la date de lancement opérationnel indiquée correspond au semestre prévisionnel de lancement de l’opération."""

STD["rec_note"] = """Les 88 logements de la résidence autonomie construite à Lens comprennent 50 logements financés en PLS qui ne bénéficient pas de subvention de l’ANRU. Les 30 logements en béguinage PLS de SIA Habitat sont réalisés hors financement de l’ANRU."""

STD["a9_1_2_9_2"] = """#### Article 9.1.2 | Les conditions de modulation des aides accordées au projet de renouvellement urbain au regard des objectifs d’excellence au titre du NPNRU

Sans objet

### Article 9.2 | Les opérations du programme non financées par l’ANRU

En complément des opérations cofinancées par l’ANRU, le programme comprend des opérations financées par d’autres partenaires, présentées ci-après."""

STD["a9_2_2_9_3"] = """#### Article 9.2.2 | Les opérations bénéficiant des financements de l’Anah

Sans objet

#### Article 9.2.3 | Les opérations bénéficiant des financements de la Caisse des Dépôts et Consignations

Les opérations de démolition, de requalification et de reconstitution de l’offre des organismes HLM pourront bénéficier de prêts de la Caisse des Dépôts, dans les conditions précisées à l’article 10.

#### Article 9.2.4 | Les opérations bénéficiant des financements d’autres Partenaires associés

Sans objet

### Article 9.3 | Les opérations financées par le PIA au titre de l’axe 1 de l’action VDS et/ou du volet « quartiers » de l’action TI et/ou de l’action « Démonstrateurs de la ville durable »

Sans objet"""

STD["a9_4_cons"] = """Les opérations ci-dessous sont financées au titre du projet d’agriculture urbaine de la Communauté d’Agglomération de Lens-Liévin, lauréat de l’appel à projets « Les Quartiers Fertiles » du 24 janvier 2020. Elles sont portées par les associations Les Anges Gardins et La Vie Active."""

STD["art11_end"] = """## Article 11 | Les modalités d’attribution et de versement des financements

### Article 11.1 | Les modalités d’attribution et de versement des subventions de l’ANRU

Les aides de l’ANRU au titre du NPNRU sont engagées et versées conformément au RGA NPNRU et au RF NPNRU. L’engagement d’une opération intervient sur demande du maître d’ouvrage, après vérification du respect des conditions d’attribution. Les versements peuvent prendre la forme d’avances, d’acomptes et d’un solde, sur présentation des justificatifs prévus par le RF NPNRU.

### Article 11.2 | Les modalités d’attribution et de versement des prêts par Action Logement Services

Les prêts bonifiés sont attribués par Action Logement Services aux maîtres d’ouvrage des opérations de reconstitution de l’offre et de requalification de logements locatifs sociaux, conformément aux modalités définies dans la convention tripartite entre l’État, l’ANRU et Action Logement. Une convention financière est conclue entre Action Logement Services et chaque maître d’ouvrage concerné.

### Article 11.3 | Les modalités d’attribution et de versement des aides de l’Anah

Sans objet

### Article 11.4 | Les modalités d’attribution et de versement des aides de la Caisse des Dépôts

Les décisions d’octroi des financements de la Caisse des Dépôts sont prises par ses comités d’engagement compétents, sous réserve de la disponibilité des enveloppes et de la vérification de la capacité financière des emprunteurs.

# Titre IV | LES ENGAGEMENTS DES PARTIES PRENANTES

## Article 12 | Les engagements des Parties prenantes

### Article 12.1 | Les engagements du porteur de projet

Le porteur de projet s’engage à assurer le pilotage stratégique et opérationnel du projet, à coordonner l’action des maîtres d’ouvrage, à tenir à jour le calendrier d’ensemble et le tableau financier, à transmettre à l’ANRU les informations nécessaires au suivi du projet et à organiser les instances prévues à l’article 7.

### Article 12.2 | Les engagements des maîtres d’ouvrage

Chaque maître d’ouvrage s’engage à réaliser les opérations dont il a la charge dans le respect du programme, du calendrier et du plan de financement prévus par la présente convention, à appliquer les dispositions de la charte nationale d’insertion et à informer sans délai le porteur de projet de toute difficulté susceptible d’affecter le déroulement de ses opérations.

### Article 12.3 | Les engagements des organismes HLM

Les organismes HLM s’engagent à mettre en œuvre la stratégie de relogement définie à l’article 6, à mettre à disposition d’Action Logement Services les droits de réservation définis à l’article 5.2 et à maintenir un niveau de gestion de proximité adapté dans les immeubles conservés comme dans ceux appelés à être démolis.

### Article 12.4 | Les engagements de l’État et de l’ANRU

L’État s’engage à mobiliser les crédits de droit commun en faveur des quartiers concernés et à veiller à l’articulation du projet avec le contrat de ville. L’ANRU s’engage à attribuer les concours financiers prévus à l’article 10 dans les conditions fixées par ses règlements.

# Titre V | LE PILOTAGE, LE SUIVI ET L’ÉVALUATION

## Article 13 | Les modalités de suivi du projet prévues par l’ANRU

### Article 13.1 | Le reporting annuel

Le porteur de projet transmet chaque année à l’ANRU, par l’intermédiaire du délégué territorial, un état d’avancement physique et financier du projet, renseigné dans l’outil IODA, ainsi que les indicateurs de suivi définis en annexe A9.

### Article 13.2 | Les revues de projet

Le porteur de projet organise, en lien avec le délégué territorial de l’ANRU, une revue de projet annuelle réunissant l’ensemble des signataires. La revue de projet permet d’apprécier l’avancement du programme, le respect du calendrier, l’atteinte des objectifs et la tenue des engagements de chacun.

### Article 13.3 | Les points d’étape

Des points d’étape sont réalisés à mi-parcours et en fin de projet afin de mesurer l’avancement du projet au regard de ses objectifs et, le cas échéant, de proposer les ajustements nécessaires.

### Article 13.4 | Les informations relatives à l’observatoire national de la politique de la ville et à l’analyse des moyens mobilisés

Les maîtres d’ouvrage et le porteur de projet s’engagent à renseigner les données demandées par l’Observatoire national de la politique de la ville et à faciliter l’analyse des moyens mobilisés par l’ANRU.

### Article 13.5 | L’enquête relative à la réalisation du projet

Le porteur de projet s’engage à renseigner, au moment de l’achèvement du projet, l’enquête relative à la réalisation du projet transmise par l’ANRU.

# Titre VI | LES MODIFICATIONS DU PROJET

## Article 14 | Les modifications du projet

### Article 14.1 | Avenant à la convention pluriannuelle

Des évolutions relatives au projet de renouvellement urbain peuvent intervenir en cours d’exécution de la présente convention. Les modifications substantielles du programme, de son financement ou de ses modalités de mise en œuvre font l’objet d’un avenant, signé par l’ensemble des Parties prenantes, après avis, le cas échéant, du comité d’engagement de l’ANRU.

### Article 14.2 | Les décisions modificatives

Les modifications mineures, qui ne remettent pas en cause l’économie générale du projet, font l’objet de décisions modificatives prises par le délégué territorial de l’ANRU dans les conditions prévues par le RGA NPNRU.

### Article 14.3 | Traçabilité et consolidation des modifications apportées

Le porteur de projet assure la traçabilité des modifications apportées à la présente convention. Une version consolidée de la convention, intégrant l’ensemble des avenants et décisions modificatives, est établie par le porteur de projet et transmise à l’ANRU.

## Article 15 | Les conditions juridiques d’application de la convention pluriannuelle

### Article 15.1 | Le respect des règlements de l’ANRU

La présente convention est soumise au RGA NPNRU et au RF NPNRU en vigueur au jour de sa signature. Les Parties prenantes s’engagent à en respecter les dispositions.

### Article 15.2 | Les conséquences du non-respect des engagements

En cas de non-respect des engagements souscrits au titre de la présente convention, l’ANRU peut, après mise en demeure restée sans effet, procéder à la suspension, à la réduction ou au remboursement des concours financiers attribués, dans les conditions prévues par le RGA NPNRU.

### Article 15.3 | Le contrôle et les audits

Les maîtres d’ouvrage s’engagent à faciliter les contrôles et audits diligentés par l’ANRU ou par toute autorité habilitée, et à conserver les pièces justificatives des dépenses pendant la durée réglementaire.

### Article 15.4 | La clause de renégociation de la convention

La présente convention pourra donner lieu à une renégociation dans le cas où il apparaîtrait que les conditions de réalisation du projet sont substantiellement modifiées.

# Titre VII | LES DISPOSITIONS DIVERSES

## Article 16 | La durée de la convention et la date d’effet

La présente convention pluriannuelle prend effet à compter de sa signature par la dernière Partie prenante signataire. Elle s’achève au 31 décembre de l’année du solde de la dernière opération physique ou financière. Les opérations doivent être engagées au plus tard le 31 décembre 2024 et achevées au plus tard le 31 décembre 2030.

## Article 17 | Dispositions diverses

### Article 17.1 | La signalétique des chantiers

Les maîtres d’ouvrage s’engagent à mentionner la participation de l’ANRU et des partenaires financeurs sur toute la signalétique, les panneaux et les documents de communication relatifs aux opérations cofinancées, conformément à la charte graphique de l’ANRU.

### Article 17.2 | Le traitement des litiges

Les litiges survenant dans l’application de la présente convention seront portés devant la juridiction compétente, après recherche d’une solution amiable entre les parties.

!right Fait à Lens, le 20 mai 2021

!center Les signataires : l’ANRU, l’État, la Communauté d’Agglomération de Lens-Liévin, les communes de Lens, Avion et Liévin, les maîtres d’ouvrage, Action Logement Services et Foncière Logement

\\pagebreak"""


def annex_list(cons):
    c3 = "- C3 – Fiches descriptives des opérations intégrées par l’avenant n°01" if cons else "- C3 – Fiches descriptives des opérations (sans objet)"
    c4 = "- C4 – Tableau financier identique à l’annexe C2 (abrogée par l’avenant n°01)" if cons else "- C4 – Tableau financier identique à l’annexe C2"
    return f"""# | ANNEXES

!bold A – Présentation du projet

- A1 – Plan de situation des quartiers d’intérêts national et régional de l’agglomération
- A2 – Carte de présentation des quartiers de la politique de la ville et des quartiers NPNRU
- A3 – Synthèse de la phase protocole
- A4 – Plans de localisation des équipements structurants
- A5 – Cartes d’occupation sociale du parc de logements
- A6 – Cartes de l’état du parc de logements locatifs sociaux
- A7 – Schémas de synthèse pour chaque quartier
- A8 – Plan guide du projet urbain de Lens et d’Avion
- A9 – Indicateurs de suivi des objectifs urbains du projet
- A10 – Plans de localisation des terrains identifiés pour la reconstitution de l’offre

!bold B – Contreparties en faveur du groupe Action Logement

- B1 – Description des contreparties foncières pour Foncière Logement et Flandre Opale Habitat
- B2 – Description des contreparties en droits de réservation de logements locatifs sociaux pour Action Logement Services

!bold C – Synthèse de la programmation opérationnelle et financière

- C1 – Calendrier opérationnel prévisionnel des opérations programmées
- C2 – Tableau financier prévisionnel des opérations programmées
{c3}
{c4}
- C5 – Convention-cadre relative au programme de travail partenarial
- C6 – Charte intercommunale de relogement
- C7 – Convention intercommunale d’attribution
- C8 – Tableau financier des opérations physiques du protocole de préfiguration
- C9 – Tableaux financiers des autres conventions NPNRU du territoire (sans objet)

!bold D – Convention spécifique ou charte concourant à la réussite du projet

- D1 – Charte locale d’insertion
- D2 – Charte de gestion urbaine et sociale de proximité"""


def annex_a8(cons):
    lens = ("Sur la Cité du 12/14, le plan guide organise le quartier autour de ses trois entités : le cœur historique autour du parc du Sablier et du parvis de l’église Saint-Édouard, la cité jardin requalifiée, et le secteur de la Bourdonnais recomposé après démolition. "
            + ("Il localise le pôle économique de la Fosse 12 au nord du quartier, le démonstrateur et le jardin coopératif des Anges Gardins rue de la Bourdonnais ainsi que la ferme urbaine de La Vie Active à proximité de l’ESAT, et distingue les fonciers voués à une occupation agricole pérenne de ceux occupés de manière transitoire."
               if cons else
               "Il identifie les fonciers libérés par les démolitions, dont une partie est réservée aux contreparties d’Action Logement et le reste voué à une occupation transitoire dans l’attente d’une programmation coordonnée avec le foncier de l’hôpital."))
    avion = ("Sur le quartier République – Cité 4 Sud, le plan guide définit les secteurs d’aménagement 1 à 5 et la recomposition des îlots libérés par les démolitions. "
             + ("Il figure le nouveau cœur de quartier sur l’emprise de la tour des Frênes démolie : centre commercial, maison départementale des solidarités, 20 logements « boucliers » et mail en espace partagé, ainsi que le jardin de cocagne et la bergerie du projet Quartiers Fertiles au sud-ouest du quartier."
                if cons else
                "Il figure le cœur de quartier organisé autour de la place de la République et de la maison départementale des solidarités, la tour des Frênes étant maintenue."))
    return f"""## Annexe A8 | Plan guide du projet urbain de Lens et d’Avion

Le plan guide, établi par les équipes de maîtrise d’œuvre urbaine, traduit spatialement le programme décrit à l’article 4. Il est présenté sous forme de plans au 1/2000e ; la présente annexe en décrit le contenu.

{lens}

{avion}

Le plan guide du quartier Calonne – Marichelles – Vent de Bise à Liévin est présenté en annexe A7."""


def annex_b1(cons):
    rows = [["Site", "Commune / quartier", "Bénéficiaire", "Surface de plancher", "Programme envisagé", "Date prévisionnelle de transfert"],
            ["Îlot Fénelon / Valeur", "Lens – Cité du 12/14", "Foncière Logement", "Environ 1840 m²",
             "23 logements locatifs libres" if cons else "Logements locatifs libres (programme à préciser)", "S2 2025" if cons else "S2 2024"],
            ["Secteur de la Bourdonnais", "Lens – Cité du 12/14", "Flandre Opale Habitat", "Environ 1200 m²",
             "Une quinzaine de logements en accession" if cons else "Programme à définir", "S1 2026" if cons else "S1 2025"]]
    head = "## Annexe B1 | Description des contreparties foncières pour Foncière Logement et Flandre Opale Habitat"
    txt = ("Les contreparties foncières mises à disposition du groupe Action Logement sont cédées à l’euro symbolique, aménagées et viabilisées, dans les conditions prévues à l’article 5.2. "
           "Les caractéristiques de chaque site sont précisées dans le tableau ci-dessous.")
    rowsmd = ["::: table", "title: Contreparties foncières du groupe Action Logement", "header_rows: 1", "rules: all", "widths: 2,2,2,1,3,2"]
    rowsmd += ["| " + " | ".join(r) + " |" for r in rows] + [":::"]
    return "\n\n".join([head, txt, "\n".join(rowsmd)])


def annex_b2(cons):
    head = "## Annexe B2 | Description des contreparties en droits de réservation de logements locatifs sociaux pour Action Logement Services"
    if cons:
        txt = ("Les 226 droits de réservation accordés à Action Logement Services sont des droits uniques, mis à disposition pour une durée de 30 ans et convertis en flux annuel dans les conventions de réservation conclues avec chaque organisme, conformément au décret n° 2020-145 du 20 février 2020. "
               "Le tableau ci-dessous en présente la répartition par organisme ; la localisation des logements n’est plus déterminée, la gestion en flux portant sur l’ensemble du patrimoine de chaque bailleur.")
        rows = [["Organisme HLM", "Droits sur logements reconstitués", "Droits sur logements requalifiés", "Total des droits uniques", "Modalité de gestion"],
                ["Maisons et Cités", "0", "56", "56", "Flux annuel"], ["Pas-de-Calais Habitat", "36", "118", "154", "Flux annuel"],
                ["Axentia", "16", "0", "16", "Flux annuel"], ["Total", "52", "174", "226", ""]]
    else:
        txt = ("Les 226 droits de réservation accordés à Action Logement Services portent sur des logements identifiés, pour une durée de 30 ans, et sont gérés en stock. "
               "Le tableau ci-dessous en présente la répartition par organisme et la localisation des logements concernés.")
        rows = [["Organisme HLM", "Droits sur logements reconstitués", "Droits sur logements requalifiés", "Total des droits", "Localisation des logements"],
                ["Maisons et Cités", "0", "56", "56", "Lens – Cité du 12/14, cité jardin"], ["Pas-de-Calais Habitat", "36", "118", "154", "Avion – immeubles requalifiés et cœur de quartier ; Liévin – îlot Mousson"],
                ["Axentia", "16", "0", "16", "Lens – résidence autonomie rues Newton et la Bourdonnais"], ["Total", "52", "174", "226", ""]]
    rowsmd = ["::: table", "title: Répartition des droits de réservation d’Action Logement Services", "header_rows: 1", "rules: all", "widths: 2,1,1,1,3"]
    rowsmd += ["| " + " | ".join(r) + " |" for r in rows] + [":::"]
    return "\n\n".join([head, txt, "\n".join(rowsmd)])


STD["annex_list"] = annex_list
STD["annex_a8"] = annex_a8
STD["annex_b1"] = annex_b1
STD["annex_b2"] = annex_b2
STD["annex_tail"] = """## Annexe C8 | Tableau financier des opérations physiques du protocole de préfiguration

Le protocole de préfiguration n° 412 a permis d’engager des opérations physiques pour un montant de concours financiers NPNRU de 1 121 947,86 €, dont 807 547,86 € de subventions et 314 400,00 € de prêts bonifiés. Ces montants sont repris à la ligne « P » du tableau de l’article 10."""
