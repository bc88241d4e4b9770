"""Article texts of avenant n°01 (CALL, C0688), cleaned from the seed text layer
/work/shared/seeds/000_b205ef4d0615965a.txt (lines noted per entry), in .cpd markup."""

T = {}

# seed lines 195-224
T['titre1'] = r'''
La présente convention porte sur le (ou les) quartier(s) suivant(s) :

- Le quartier d’intérêt national, identifié dans l’arrêté du 29 avril 2015 relatif à la liste des quartiers prioritaires de la politique de la ville présentant les dysfonctionnements urbains les plus importants et visé en priorité par le nouveau programme national de renouvellement urbain :

- La Cité du 12 / 14 (QP062024) à Lens (62) ;

Parmi ces quartiers d’intérêt national, ceux faisant l’objet du projet d’innovation mis en œuvre au titre du NPNRU, au titre du projet d’agriculture urbaine lauréat de l’appel à projets « Les Quartiers Fertiles » du 24 janvier 2020, sont :

- La Cité du 12 / 14 (QP062024) à Lens (62) ;

  - Les quartiers d’intérêt régional retenus par le conseil d’administration de l’ANRU en date du 21 avril 2015 :

- Le quartier République - Cité 4 Sud (QP062019) à Avion (62) ;

- Le quartier Calonne – Marichelles – Vent de Bise (QP062028) à Liévin (62).

Parmi ces quartiers d’intérêt régional, ceux faisant l’objet du projet d’innovation mis en œuvre au titre du projet d’agriculture urbaine lauréat de l’appel à projets « Les Quartiers Fertiles » du 24 janvier 2020 sont :

- Le quartier République - Cité 4 Sud (QP062019) à Avion (62) ;

- Le quartier Calonne – Marichelles – Vent de Bise (QP062028) à Liévin (62).

Un plan de situation de l’ensemble des quartiers d’intérêts national et régional de l’agglomération est présenté en annexe A.
'''.strip()

# seed lines 242-491
T['a2_3'] = r'''
La démarche d’agriculture urbaine s’est imposée dans le cadre des réflexions liées au devenir des fonciers libérés, tant en termes d’occupation transitoire que pérenne, légitimée par une volonté forte, initiée depuis 2017 par la CALL autour du projet de Système Alimentaire Territorial Durable (SATD) d’agglomération. Les enjeux portés par le SATD font écho à ceux du renouvellement urbain, partageant les objectifs essentiels de développement durable et raisonné, de remise en attractivité du territoire, de développement d’activités économiques facteurs d’insertion et d’emploi, de cohésion sociale, de sensibilisation et d’implication citoyenne, de santé et de réduction des précarités par un accès facilité au bien-vivre alimentaire.

La spécificité du projet quartiers fertiles porté par la CALL consiste dans le fait qu’il s’agit d’un projet intégré à l’échelle des 3 QPV concernés par le NPRNU. Les Anges Gardins, opérateur initial, et corédacteur de la réponse à l’AMI de l’ANRU, a pour projet de mettre en place un archipel nourricier sur le territoire, lequel intègre une notion de complémentarité entre les sites, favorise les échanges et porte l’ambition de lever les freins psychologiques à la mobilité, et tient compte des spécificités des sites.

L’Archipel nourricier vise la transformation d’espaces urbains délaissés en sites de production nourricière biologique, avec une dominante fruitière, grâce au travail d’une équipe en insertion, ponctuellement appuyée par des habitants. Un projet qui permet de renforcer la sécurité alimentaire locale et de susciter l’engagement citoyen. L’Archipel poursuit 3 principales finalités :

- Renforcement de la protection alimentaire du territoire, particulièrement en direction des personnes en précarité et difficultés sociales ;

- Prévention des changements climatiques et de leurs impacts sur la qualité de vie et les modes d’intervention sur les sites de production ;

- Création d’emplois inclusifs liés aux activités de production et d’écologisation des pratiques de production.

Le projet quartiers fertiles porté par les Anges Gardins ambitionne la création d’un modèle économique original pour le bien vivre alimentaire, associant 4 activités :

- Une activité de production adaptée à la ville ;
- Un outil innovant d’implication des résidents ;
- Un dispositif de montée en compétence sur la transition alimentaire ;
- Une dynamique d’emplois inclusifs.

Le projet des Anges Gardins se décline comme suit :

- Lens rue de la Bourdonnais :

Sur un site fortement dégradé et dont la destination peut évoluer, vont être créées les conditions d’un pôle de référence national de production alimentaire propre aux contextes pédologiques sensibles. Les objectifs sur ce secteur sont d’acquérir des données à valider scientifiquement sur la culture en sols pollués, afin de trouver les moyens d’y produire de l’alimentation de qualité sans high tech. Ce domaine est peu investi par la recherche. Les données permettront d’imaginer comment et dans quelle temporalité il est possible de renforcer la protection alimentaire des territoires à fort passé industriel. Pour cela, l’association renoncera à la labellisation A Bio des terrains (puisque celle-ci impose une culture en pleine terre et un contact avec le sol, rendue ici impossible au regard des pollutions révélées par les études de sols) mais s’efforcera de conserver toutes les pratiques de l’agriculture biologique.

Cette démarche alliée à d’autres initiatives proches établira de nouveaux horizons possibles pour les populations résidentes des territoires post industriels. Le projet souscrira à une démarche in vivo en situation réelle destinée aux habitants pratiquant l'auto production accompagnée dans des conditions saines.

Le démonstrateur :

Le démonstrateur comprend des espaces de production expérimentale et un bâtiment permettant d’accueillir les publics pour réunions, formations et conférences. Un espace de travail pour les salariés du site y est prévu. Le bâtiment surplombera une cuve de récupération d’eau de pluie pour les cultures expérimentales. L’auto production d’électricité sera intégrée si cela est possible. Le parking, perméable, permet d’accueillir une quinzaine de véhicules et des cycles. Le merlon actuel sera conservé et planté d’arbustes et d’un espace vert au droit du bâtiment. Les bacs de culture de 150x350 auront des hauteurs différentes pour tenir compte du développement racinaire des végétaux et pour faciliter le travail. Ce dispositif permettra de qualifier des itinéraires techniques en bacs, puisque ceux-ci n’existent pas. Ces bacs pourront être équipés de châssis pour l’expérimentation de cultures hivernales. Un essai de culture de fruits rouges en bac et en pleine terre agradée sera réalisé dans le même espace. Des arbres fruitiers à production rapide seront plantés afin d’évaluer les taux de polluants résiduels dans les parties comestibles. Des légumes seront conduits dans des lits de culture de type andins, foin ou paille, lasagnes ou buttes, afin de comparer la pertinence de chaque technique face à la pollution.

Une zone sera consacrée à l’éco pâturage afin d’analyser les données biologiques des ovins et caprins, connus pour être sensibles aux métaux lourds. Un espace de renaturation est envisagé. La faune et la flore spontanées seront répertoriées et leur évolution documentée. Le jardin coopératif :

La zone d’autoproduction accompagnée comprend un espace pédagogique où les habitants, les scolaires, etc. peuvent être formés aux techniques de culture respectueuses de l’environnement et tenant compte des niveaux de pollution. Suite à cette initiation, ceux-ci sont plus à même d’investir l’espace et de le mettre en production.

Une Place à vivres permettra aux habitant de disposer de l’ensemble des ressources usuellement proposées par l’association pour l’amélioration des conditions de vie.

Un espace pédagogique proposera l’apprentissage des techniques de culture en lasagne et en bac, des ateliers d’auto-construction de bacs et équipements, des ateliers cuisine nourricière. Un Poulailler collectif permettra à chacun (si les métaux lourds ne se retrouvent pas dans les œufs) de créer un lien avec l’animal, de pouvoir avoir des poules (gestion des déchets, production d’œufs) sans que cela ne génère des nuisances pour le voisinage.

Sur les Espaces d’autoproduction accompagnée, après une phase d’initiation aux techniques de culture, les habitants sont libres d’investir le parcellaire pour y produire des légumes, des aromatiques, des petits fruits, etc. Cet espace sera donc plus ou moins productif en fonction de l’engagement des habitants et sa forme pourra évoluer en fonction de leurs envies. Le rôle des Anges Gardins sera d’accompagner les habitants dans ce déploiement, par exemple en organisant des chantiers coopératifs de construction des bacs, d’entretien des lasagnes, etc. Le système d’échange MANNE pourra être au cœur du dispositif si les habitants le souhaitent (régulation des échanges de légumes ou de services…). Ce sera donc aussi un lieu d’échanges et interactions sociales, voire de transmission.

- Avion République :

Le site sud-ouest du quartier République propose, sur 3 hectares, de la production alimentaire bio, intensive et professionnalisée, en jardin de cocagne. Ce site concentre l’essentiel des emplois de production du projet. L’objectif est de produire une abondance de légumes et des fruits à destination des habitants d’Avion et de la CALL, dans une approche qui se veut accessible aux foyers vulnérables (possibilité de fournir la restauration sociale). Plusieurs activités sont prévues :

- Jardin à haute productivité : On y cultive aromatiques, oignons bottes, mescluns, salades avec des espacements assurant une haute productivité et une rentabilité économique en intersaison.

- Zone de pleins champs : Grâce à l’intervention mécanisée, on y cultive les légumes de garde pour l’hiver : choux, betteraves, navets, carottes…

- Planches de culture maraichères : Ces surfaces de cultures classiques des maraichages ont une longueur adaptée aux jardins de cocagne, permettant d’employer du personnel en insertion.

- Serre à plants de 960 m2 : On y produit une partie des végétaux correspondant à des besoins de productions spécifiques de variétés ou de calendrier de production.

- Réserve d’eau : L’eau de pluie des serres est collectée et stockée dans une réserve de 1000 m3 prévue comme appoint d’irrigation, en complément d’un forage.

- Aire de compostage et taillis : Les déchets végétaux du jardin sont transformés sur place en compost. Le complément nécessaire en matière carbonée est assuré par le taillis.

- Serre multichapelle de 0,5 Ha : production d’été (tomates, aubergines, poivrons, courgettes, melons, pastèques…) ; primeurs (choux pointus, navets et carottes bottes, pommes de terre primeurs…); productions hivernales (choux chinois, côtes de bettes, salades diverses)

- Bâtiment et parking : Base vie de l’équipe de maraichage (bureaux, vestiaires, sanitaires, salles de réunion); chambres froides positives et zone de stockage à température ambiante; espace de conditionnement des livraisons; transformation des légumes sous vide; stockage du matériel de production, hangar pour matériel roulant.

Le site sud, d’abord dédié exclusivement au pastoralisme, ce site a vocation à permettre le développement progressif d’activités au gré des initiatives nées de la concertation avec la commune, les habitants, et les acteurs en place, et en restant au plus près des besoins d’accueil du public ou de réserve de production maraichère. Le site comprendra :

- Une bergerie : non loin du jardin du cocagne, un espace clôturé est dédié à l’éco pastoralisme. Il comprend une bergerie permettant d’abriter les animaux pour l’agnelage, pour des soins, et l’hivernage si nécessaire. La bergerie compte un espace de stockage de fourrage, des sanitaires et vestiaires. Moutons et chèvres permettent l’entretien naturel de l’espace, régulent la croissance des végétaux invasifs en engraissant la terre. Les parcs mobiles, dotés chacun d’un abri manuportable et d’un abreuvoir, sont déplacés en fonction des besoins.

- Jardin productif coopératif : cet espace peut être aussi dévolu aux jardiniers non confirmés mais souhaitant se nourrir de leur production ou encore à la participation des jeunes sous forme de chantiers coopératifs. Dans les deux cas, l’équipe des Anges Gardins peut respectivement conseiller techniquement les uns et coordonner les autres.

- « Fais pousser ton emploi ! » : si les profils existent, un processus de formation à l’installation pendant la durée de contrats en insertion pourrait être envisagé, à la condition qu’une partie des terres (2 Ha) puissent être louées aux candidats en cas d’installation à l’issue de leur parcours.

Sur le secteur Centre République, le cœur d’Ilot appartenant à Pas-de-Calais Habitat entre deux collectifs, un espace est réservé au plus près des habitants, afin de pouvoir capter leur attention en direction des questions nourricières. C’est sur ce secteur que ce sont tenues les actions de préfiguration. Les résidents sont invités à s’intéresser à la question de la reconquête de l’espace urbain à des fins nourricières via ce lieu central du quartier.

- Liévin :

Sur les pentes du Vent de Bise, une parcelle de 3 000 m² sera dédiée à un verger collectif, de l'éco-pastoralisme et la création d'un jardin partagé. De taille plus modeste, la parcelle liévinoise sera dédiée à des animations à destination des habitants.

La réponse à l’AMI quartier fertile prévoyait la possibilité d’élargir le projet à d’autres opérateurs, c’est ainsi que l’association La Vie Active a fait connaitre son souhait de participer au projet en implantant une ferme urbaine sur la cité 12/14 de Lens, à immédiate proximité de son ESAT. Ce projet s’adresse en premier lieu aux habitants du quartier, aux travailleurs de l’ESAT de Lens, ainsi qu’aux personnes accompagnées par les partenaires et acteurs intervenants sur le territoire.

Ses objectifs sont :

- Favoriser la cohésion sociale en contribuant au développement social urbain / créer du lien social entre les habitants en leur offrant la possibilité de s’approprier les lieux ;

- Favoriser l’inclusion sociale et professionnelle des publics fragilisés (création d’activités, d’emplois, économie circulaire, précarité alimentaire, pédagogie) ;
- Apporter des réponses aux enjeux environnementaux (préservation de l’environnement, écoresponsabilité, circuits courts) ;

- Contribuer au développement durable sur le territoire du bassin minier ;

Activités et cultures envisagées :
- Accompagner à l’insertion sociale et professionnelle des personnes en situation de handicap en développant des activités agricoles ;
- Développer des activités au service de la population, des acteurs du territoire en créant une ferme urbaine ;
- Commercialiser des productions en circuit court directement aux habitants ;
- Créer un Tiers-lieu, un outil pédagogique pour les écoles, les ESMS, le Centre Social, les acteurs du territoire ;
- Créer un outil pour les riverains (avec l’idée de réappropriation de leur jardin) ;
- Développer l’activité SAFRAN : production atypique permettant de développer la « marque » de la Ferme Urbaine ;
- Créer un espace de restauration.

Des actions de préfiguration ont été mis en place par les Anges Gardins sur les quartiers de Lens et d’Avion dès le mois de mai 2022 grâce à un financement de la CALL de 10 000 €. Ces actions ont pour but d’intéresser les habitants des quartiers au sujet en amont de la mise en œuvre pour alimenter les réflexions en parallèle de la précision des projets par chacun des opérateurs.
'''.strip()

# seed lines 512-513
T['a4_1_1_intro'] = r'''
En déclinaison de la stratégie urbaine visée par le projet, le programme d’intervention est synthétisé comme suit :
'''.strip()

# seed lines 550-639
T['a4_1_1_body'] = r'''
- Intervention sur le patrimoine bâti – opérations immobilières :

  - Démolition de 227 logements locatifs sociaux dont 130 propriétés de Maisons et Cités (incluant 4 PO rachetés dans le cadre du projet), 38 propriétés de SIA Habitat, et un foyer personnes âgées SIA de 59 places,

  - Requalification de 88 logements locatifs sociaux propriété de Maisons et Cités en plus des 28 inscrits au protocole,

  - Résidentialisation de 208 logements locatifs sociaux Maisons et Cités,
  - Réhabilitation pour vente en diversification de 61 (29+32) logements Maisons et Cités, une tranche de 12 logements complémentaires étant également prévue, à inscrire ultérieurement au regard de l’avancement des deux précédentes,

  - Construction d’un foyer personnes âgées : 88 places par Axentia, spécialiste de l’habitat spécifique du groupe Habitat en Région (50 PLS et 38 PLUS),

  - Construction de 30 logements en béguinage par SIA Habitat (PLS).

- Opérations d’aménagement et requalification de l’espace public :

  - Aménagement du secteur 1 comprenant le parc du jeu de balle / sablier (22 000m²), la restructuration du Grand chemin de Loos et de l’avenue de la Fosse 12, ainsi que la requalification de la place Cauchy : recalibrage des voiries, aménagement paysager, intégration d’aménagements relatifs aux différents modes de déplacement,

  - Aménagement du secteur 2 comprenant la requalification des rues Lefebvre, Saint Edouard et du parvis de l’église,

  - Aménagement du secteur 3 comprenant la requalification des rues de la Bourdonnais (dont démolition de deux logements propriété de la Ville de Lens), Newton et Fénelon,

  - Réfection des réseaux d’eau potable et assainissement sur l’ensemble du quartier,
  - Mise en place de bornes enterrées pour la collecte des ordures ménagères.

Ces opérations intègrent les recalibrages de voirie et aménagements liés au passage du BHNS selon l’itinéraire identifié en cœur de quartier (rues de la Bourdonnais et Fénelon, connexion route de Béthune). Les réseaux eau potable et assainissement sont vétustes, non conformes, et en partie situés en dehors des emprises publiques rendant ainsi leur gestion et leur entretien très complexes, d’où une nécessaire intervention massive sur le sujet. En termes de gestion des ordures ménagères, les caractéristiques du quartier nécessitent un investissement conséquent pour l’aménagement de bornes enterrées pour endiguer les problèmes liés à l’étroitesse des rues et à l’absence de possibilité de ménager des locaux de stockage des bacs pour l’habitat minier en bande induisant des problèmes récurrents de bacs encombrant les trottoirs, entravant le passage, et impactant la qualité du cadre de vie et l’image du quartier.

Hormis les opérations précitées, c’est l’ensemble du cadre de vie et des voiries et espaces publics du quartier qui seront requalifiés, hors financement ANRU. Une attention particulière sera portée aux secteurs de diversification et de réhabilitation, afin de conjuguer les efforts du bailleur et ceux de la commune dans l’objectif de remise en attractivité et changement d’image du quartier. Par ailleurs, une veille foncière est assurée par la Ville de Lens dans l’objectif d’assurer la maitrise d’une assiette foncière globale cohérente sur le secteur, deux immeubles ayant été acquis en 2020 dans ce cadre. Le projet d’agriculture urbaine viendra occuper de manière transitoire (10 ans) une partie des fonciers libérés par la démolition, dans l’attente de l’émergence d’un schéma urbain global intégrant le foncier libéré par l’hôpital (AMO en cours).

- Intervention sur les équipements publics :

  - Requalification du groupe scolaire Jean Macé et reconstruction du gymnase (bâtiment sinistré victime d’un incendie le 6 septembre 2021).

  - Développement d’un pôle économique sur le site de la Fosse 12, au nord du quartier (Commune de Loos-en-Gohelle)

  - Requalification de l’ancien CAJ afin d’y installer le centre social.

Une salle plurivalente est en construction (démarrage des travaux juillet 2022) sur le site de l’école Jean Macé, l’objectif étant de répondre aux besoins de l’école et du quartier.

Lors du CE du 12/04/2023, l’ANRU a accordé, sans financement, à la Ville et la CALL la possibilité de prendre un OPCU pour travailler sur la coordination de l’ensemble des chantiers de la Cité 12/14. D’une part du fait de la complexité de la tâche notamment due à la multiplication de chantiers, sur des temps courts (2 ans) et longs (7 ans), mais aussi et surtout parce qu’une attention forte doit être accordée au bon enchainement des opérations pour éviter toute nouvelle dérive calendaire préjudiciable au regard des dates limites d’engagement et de solde imposés par le calendrier et le règlement ANRU. Plusieurs opérations seront concomitantes, c’est pourquoi la coordination entre acteurs revêt une importance capitale, chacun pouvant impacter l’avancement de l’autre si un dérapage intervenait. Il est donc impératif de pouvoir mesurer les risques bien en amont, d’identifier les interfaces complexes, et les potentielles solutions et ajustements qui seraient à apporter pour maintenir le cap. La mission OPCU permettra d’accompagner la collectivité notamment sur les aspects :
- Collationner les informations auprès des différents MO concernés par le périmètre opérationnel,
- Construire un outil permettant d’intégrer les plannings opérationnels de chaque maître d’ouvrage et d’identifier les interfaces,
- Programmer l’intervention des concessionnaires en fonction des besoins et les intégrer dans ce planning global,
- Appuyer la collectivité dans la coordination globale des différents maîtres d’ouvrage, et animer des temps collectifs réunissant ces intervenants pour s’assurer que chacun tienne ses engagements, et proposer des ajustements le cas échéant ;
- Produire des documents graphiques permettant de spatialiser les opérations et leur impact (intégration des contraintes de circulation, approvisionnement chantier…) et veiller à ce que celui-ci soit contenu afin de permettre un fonctionnement optimisé du quartier et une réduction des nuisances (maintien d’une desserte et d’un schéma de circulation cohérent pour la vie du quartier).
'''.strip()

# seed lines 643-646
T['a4_1_2_intro'] = r'''
Le programme de rénovation urbaine fait suite à une première opération sur ce quartier. Les interventions projetées visent à poursuivre la requalification du quartier en allant plus avant dans la dédensification du secteur pour une meilleure intégration à son environnement et des interventions massives sur le parc de logement. Le programme urbain est ainsi détaillé :
'''.strip()

# seed lines 674-748
T['a4_1_2_body'] = r'''
- Intervention sur le patrimoine bâti – opérations immobilières : 20 bâtiments / 529 logements

- Démolition de 410 logements locatifs sociaux propriété de Pas-de-Calais Habitat : 14 bâtiments sont prévus en démolition, dont 1 partiellement, représentant un total de 410 LLS :

  - Démolition anticipée des immeubles Capucines (16 logements) et Jonquilles (40 logements), soit 56 logements au total,

  - Démolition partielle de l’immeuble Glycines (2 cages d’escalier sur 5 soit 20 logements), démolition complète des immeubles Anémones (15 logements), Campanules (30 logements), Jacinthes (16 logements), Jasmins (31 logements), Muguets (30 logements), Renoncules (30 logements), Résédas (45 logements), Romarins (19 logements), Seringas (20 logements), et Tournesols (27 logements) et de la tour des Frênes (71 logements), soit 354 logements au total.

- Requalification de 190 logements locatifs sociaux propriété de Pas-de-Calais Habitat :
  - Immeubles Glycines (30 logements) et Cyclamens (20 logements), Edelweiss (30), Pervenches (40 logements), Giroflées (40 logements) et Iris (30 logements).

- Résidentialisation de 190 logements locatifs sociaux Pas-de-Calais Habitat :
  - Immeubles Glycines (30 logements) et Cyclamens (20 logements), Edelweiss (30), Pervenches (40 logements), Giroflées (40 logements) et Iris (30 logements).

- Construction neuve : un potentiel de 151 logements sur site + 30 LLS hors site / ZAC du Ponterlant
  - 45 LLS individuels et intermédiaires programmés par Pas-de-Calais Habitat au cœur du quartier, en deux tranches de 33 + 12 logements,

  - 20 logements PLAI bouclier par Pas-de-Calais Habitat au cœur du quartier,
  - 30 LLS hors site – logements en droit commun projetés sur la ZAC du Ponterlant,
  - Un potentiel de 98 logements diversifiés, le nombre de logements restant à stabiliser dans le cadre d’études de faisabilité à la parcelle : logements privés dont des logements sénior, logements en accession sociale. Pour le programme en accession sociale, CoopArtois se positionne pour la création de 10 logements à l’Est du quartier.

- Opérations d’aménagement et requalification de l’espace public :

Les opérations de réaménagement de l’espace public sont découpées en deux secteurs :
- Le secteur 1 qui concerne les aménagements projetés à l’ouest du quartier en lien avec la nouvelle structuration des ilots suite à la démolition des LLS des immeubles Jonquilles, Capucines, Jacinthes, Anémones et Jasmins,

- Les secteurs 2 à 5 qui englobent :
- la réorganisation de la trame urbaine suite à la démolition ou la réhabilitation des immeubles du secteur 2 (Cyclamens, Glycines, Edelweiss, Résédas, Tournesols, Seringas, Renoncules, Campanules, Muguets et Romarins)

- la réorganisation du cœur de quartier avec la démolition de la tour des Frênes et la création d’un pôle commercial,

- la construction d’une maison départementale des solidarités,
- la réalisation, par Pas-de-Calais Habitat, de 20 logements boucliers pour des publics spécifiques,
- l’aménagement d’un mail en espace partagé, permettant la desserte des activités commerciales et l’irrigation des espaces cœur de quartier,
- la traversée Nord-Sud ainsi que les abords du centre commercial seront également retravaillés pour un renforcement des qualités paysagères.
- et la requalification des différentes voiries impactées par le programme,

En outre, sont également intégrées la requalification des réseaux assainissement et eau potable sur l’ensemble du périmètre des espaces publics à aménager, ainsi que l’installation de bornes enterrées pour améliorer le service et l’intégration urbaine et paysagère des équipements liés à la gestion des ordures ménagères.

Equipements publics et services :

- Opération projetée hors financement ANRU : Construction d’un équipement Polyvalent Intergénérationnel comprenant une halte-garderie, l’accueil périscolaire pour les trois groupes scolaires du quartier (avec accompagnement vers les écoles), des espaces de réunions et de rencontres pour les habitants (notamment les seniors) et les associations de ce secteur.
'''.strip()

# seed lines 757-785
T['a4_2_1'] = r'''
Les grands principes d’aménagements urbains de la cité du 12/14 à Lens reposent sur une refonte du quartier autour des trois entités qui le fondent :
- 1/ le cœur historique :

- Requalification des espaces publics fondateurs de l’armature urbaine (parc du sablier, parvis St Edouard), réhabilitation et mise en valeur des équipements ou activités nouvelles reposant sur des édifices patrimoniaux (école Jean Macé, ancien CAJ),
- Résidentialisation visant à répondre aux besoins tout en privilégiant une amélioration du cadre de vie : stationnement résidentiel libérant les emprises publiques et permettant de travailler les profils pour plus de qualité et l’intégration des mobilités actives,
- Réhabilitation des logements du secteur sud du parc du jeu de balle,
- 2/ la cité jardin :

- Requalification lourde des logements et mise en valeur de ce patrimoine qualitatif et attractif,
- Requalification des voiries dans un objectif d’apaisement et de mise en exergue des qualités résidentielles,
- 3/ le secteur de la Bourdonnais :

- Démolition des logements vétustes situés sur le secteur, redéfinition d’une nouvelle trame urbaine visant une meilleure desserte du quartier notamment en termes de transport en commun,

- Développement d’un projet d’agriculture urbaine pérenne pour une partie des fonciers libérés, et transitoire pour les fonciers visés, à terme, par de nouvelles programmations immobilières qui seront à définir en lien avec la programmation sur le foncier de l’actuel hôpital (AMO en cours).
'''.strip()

# seed lines 788-811
T['a4_2_2'] = r'''
Bien qu’en marge de l’agglomération, le quartier de la République – Cité 4 Sud dispose d’une bonne attractivité. Excentré mais bien desservi, la gare et l’arrivée du BHNS garantissent la mobilité des habitants. Les mobilités douces sont en développement, le maillage de pistes cyclables reliées à la Vélo-route du Bassin Minier n°31 est en cours. Le projet a pour ambition de développer l’attractivité du cœur de quartier et de la renforcer autour d’une polarité associative, commerciale et culturelle. La requalification amorcée dans le cadre de l’ANRU 1 est à parachever. Le renouvellement urbain vise à remettre en projet le quartier au travers des actions suivantes :
- Conforter le cœur de quartier :

La remise en attractivité du quartier et le travail sur son image imposent de redessiner le cœur du quartier de la République en retravaillant la place. La tour des Frênes démolie laissera place à un centre commercial en cœur de quartier. Une étude des potentialités commerciales a été réalisée en 2022, permettant de vérifier la pertinence de ce projet au regard de la chalandise et des besoins, et d’arrêter sa programmation. Une Maison Départementale des Solidarités (MDS) y sera également construite (hors financement ANRU), ainsi que 20 logements sociaux Pas-de-Calais Habitat dits « boucliers » qui s’adresseront spécifiquement aux publics jeunes et âgés en situation de grande précarité.

- Gommer les éléments singuliers et développer de nouvelles formes urbaines plus intégrées :

- Démolition du parc social le plus déclassé, restructuration lourde des immeubles conservés, et développement de nouvelles formes d’habitat diversifiées, adaptées à la réalité urbaine du territoire, assurant la transition avec les secteurs environnant, en particulier en frange du quartier.
'''.strip()

# seed lines 817-867
T['a4_3'] = r'''
En l’état actuel du marché, le projet prévoit une reconstitution de l’offre très limitée qui privilégie le développement de programmes essentiellement situés au sein des quartiers, pour répondre à des besoins spécifiques. Dans le cadre du dossier RTP, une reconstitution hors site de 50% des logements démolis avait été envisagée. Cette hypothèse est écartée à ce stade, une réflexion globale étant engagée sur les besoins en logement à l’échelle de l’intercommunalité dans le cadre de la révision du PLH. Pour ce qui concerne le programme de reconstitution de l’offre contractualisé, il représente au global 16.4 % des logements démolis.

Au total, les opérations de démolitions, réalisées ou à intervenir, les restructurations amenant à la diminution du nombre de logements, ou la vente pour diversification sont détaillées comme suit :

- Cité du 12/14 à Lens : 237 démolitions (227/ convention + 10/protocole) + 7 logements en moins par restructuration + 61 logements en diversification (+ potentiellement 12 complémentaires), soit un total de 305 LLS en moins,

- Quartier République – Cité 4 Sud à Avion : 410 démolitions (les 339 démolitions initialement prévues auxquelles s’ajoutent les 71 logements de la tour des Frênes dont la démolition a été validée dans le cadre d’une clause de revoyure).

- Quartiers Vent de Bise - Jean Lebas à Liévin : 406 démolitions

Soit un total de 1 121 LLS en moins.

Au total, les LLS projetés représentent :
- Cité du 12/14 à Lens : 88 LLS résidence autonomie PLS sur site,
- Quartier République – Cité 4 Sud à Avion : 45 LLS sur site, auxquels s’ajoutent 20 LLS non financés par l’ANRU
- Quartiers Vent de Bise - Jean Lebas à Liévin : 20 LLS

Soit un total de 173 LLS en RO, soit 16.4%.

Les projets sont détaillés ci-dessous pour chacun des quartiers :

- La cité du 12/14 à Lens : 88 logements (50PLS et 38PLUS) dans le cadre du projet de résidence autonomie porté par AXANTIA en remplacement du foyer logement de 59 places prévu à la démolition dans le quartier et des 59 places du foyer Jean Moulin qui doit être démoli dans le quartier voisin. Le projet prévoit donc la construction de 88 places PLS sous la forme d’un collectif. L’assiette concernée par le foyer est à extraire de l’emprise de 8 130 m² appartenant actuellement à Maisons et Cités, à l’angle des rues Newton et la Bourdonnais.

- Le quartier de la République – Cité 4 sud à Avion : 45 LLS Pas-de-Calais Habitat dont 31 PLUS et 14 PLAI, ainsi que 20 LLS boucliers. La reconstitution de l’offre sur site représente 15,85% des LLS supprimés.

- Le quartier Vent de Bise – Jean Lebas à Liévin : L’opération LLS est programmée sur un foncier de 4 716 m² libéré par la démolition des bâtiments Mousson, Suroit et Zéphyr. Ces logements prendront la forme d’habitat intermédiaire, sur le modèle de maisons superposées. Ce programme sera réalisé par le bailleur Pas-de-Calais Habitat et comportera 4 T2, 12 T3, 3 T4 et 1 T5.

Les plans de localisation des terrains identifiés pour les opérations de reconstitution de l’offre sont annexés à la présente convention (Annexe A10)
'''.strip()

# seed lines 876-943
T['a5_1_1'] = r'''
L’étude habitat menée dans le cadre du protocole de préfiguration relève plusieurs points qui permettent d’illustrer l’état de l’offre sur le marché de l’habitat en accession :

- Le dispositif PINEL ne représente que 16% des investissements soit un taux inférieur à la moyenne nationale (toutefois la ville de Lens fait mieux que le reste du territoire CAHL-CABBALR-CALL),

- Une culture locale de l’individuel,
- Une clientèle locale avec des zones de chalandise des programmes à développer proches,
- Un désir d’être propriétaire conjugué avec une solvabilité faible,
- Un référentiel de prix faible dicté par l’ancien.

Pour créer la demande sur notre territoire il faut adapter l’offre à deux conditions : des produits individuels et des prix en phase avec des taux d’effort faibles. La stratégie proposée en matière de diversification repose sur une articulation en 3 phases :

1. Le démarrage : période d’investissement public lourd destinée à requalifier le cadre de vie et dé-stigmatiser l’image du quartier, et de communication auprès des partenaires,

2. Le décollage : le site attire des clients « pionniers » et le risque d’investir doit être pris par un opérateur mettant en avant des prix d’appel et des produits de qualité. Une priorité est donnée aux produits les plus perméables,

3. Le marché mature : les opérateurs « suiveurs » s’installent, le marché se structure et les valeurs augmentent. Le marché est élargi à des produits moins perméables.

Et deux étapes :

1. Une prise de risque raisonnée en attirant les clients les plus proches aux revenus faibles ou moyens vers des produits perméables,

2. Consolider la première étape tout en étendant le risque à des clients aux revenus plus élevés, qu’ils soient locaux ou extérieurs et sur des produits à plus forte valeur ajoutée.

Selon l’étape du processus, le profil des clients ciblés va évoluer. Ainsi les premiers ciblés seront les habitants du quartier ou en périphérie proche dont les revenus sont faibles. Puis ce sont les personnes âgées et les familles d’un périmètre élargi avec revenus moyens attirés par la proximité du centre-ville, de l’hôpital, une offre d’habitat individuel attractive, des équipements de qualité et un cadre de vie remanié (école rénovée, centre social, espaces publics…).

Afin de participer au retournement de l’image des quartiers et inciter les populations à dépasser leurs préjugés sur ces quartiers, le projet prévoit au global :

- La suppression de 1 121 logements sociaux, ce qui permettra de diversifier l’offre sur ces quartiers en rendant disponible du foncier pour la construction de logements neufs en accession.

- La requalification lourde de 306 logements sociaux (Lens : 116, Avion : 190), sans compter les opérations réalisées dont celles des rues Cook-Chaplain, Brazza, Galilée, Grand Chemin de Loos, Avenue de la Fosse 12, St Edouard, place Cauchy à Lens, permettant d’améliorer le confort des habitants actuels et d’attirer une population nouvelle dans ces logements, encourageant ainsi la mixité, notamment les ménages en demande auprès d’Action Logement. Au-delà, ces opérations ont un impact évident sur l’image du quartier.

Pour contribuer à la stratégie de diversification résidentielle, la CALL accompagnera les projets de diversification par la mise en place de primes à l’accession à la propriété sur les trois quartiers NPNRU, ces primes étant arrêtées à 5 000 € / logement pour le neuf et 8 000 € / logement pour l’ancien requalifié dont le coût d’opération est lourd au regard des contraintes combinées liées à l’état du bâti, à sa structure rendant complexes les redistributions intérieures nécessaires, aux surfaces, et aux prescriptions liées à l’inscription UNESCO. Cet accompagnement substantiel vise les opérations programmées sur les 5 premières années du programme, l’idée étant de réévaluer les montants à mi-parcours en fonction de l’évolution du marché et des besoins d’incitation qui devraient pouvoir être minorés. La CALL accompagnera également la construction de logements locatifs sociaux et la rénovation des logements existants pour encourager des opérations intégrant des critères durables en lien avec la TRI. Les primes atteindront 3 000 € par logement, sous réserve du respect du niveau BBC rénovation (104Kwh/m²/an - classe énergétique C) pour les opérations de réhabilitation, et pour les logements neufs qui devront intégrer l’utilisation de matériaux bio sourcés pour l’isolation des combles. Cette prime pourrait être abondée pour les opérations les plus vertueuses sur la base de critères en cours de définition relatifs à l’enveloppe bâtie et aux espaces résidentiels (moindre imperméabilisation des sols, toitures végétalisées, sources d’éclairage, biodiversité, gestion différentiée…).
'''.strip()

# seed lines 946-1003
T['a5_1_2'] = r'''
La cité du 12/14 est une cité minière en partie inscrite au patrimoine de l’UNESCO, avec de l’habitat social majoritairement composé de maisons des mines. Le projet prévoit la réhabilitation de 161 logements, dont 73 destinés à la vente au titre de la diversification, sur lesquels les partenaires de l'ANRU ont validé le versement de 61 primes accession majorées. Le programme se veut ambitieux, en proposant au futur acquéreur un logement refait à neuf, avec des abords refaits (clôture, végétalisation, haies), et pour l’intérieur une restructuration lourde et une réhabilitation complète (isolation, cloisons, menuiseries intérieures, électricité, plomberie, chauffage, VMC, équipements sanitaires, couche d’apprêt sur les murs). Des options seront proposées pour les équipements sanitaires (qualité accrue), les revêtements (carrelages, sols souples, peintures…), permettant d’élargir la gamme de produits et de prix. Ceci permettra de proposer une gamme de prix suffisamment large pour des produits finis permettant d’attirer une population mixte en se prémunissant de la vente de produits inachevés à des ménages qui seraient en difficulté pour financer la fin des travaux. Les logements seront principalement proposés en T3 et T4 afin d’attirer un public familial.

La stratégie de mise sur le marché prévoit un phasage qui démarre par la commercialisation des logements de la cité jardin visibles de la route de la Bassée, pour terminer par les logements situés au nord, offrant de grandes parcelles de jardin et des typologies attractives. A terme, les logements au nord bénéficieront d’un cadre de vie de qualité : opérations situées rue Cook en cours de finalisation, du parc du jeu de balle, de la Maison de l’Ingénieur accueillant le projet Porte Mine. La salle des pendus et la salle des bains douches de l’ancienne Fosse 12 doivent être restaurées afin d’y accueillir des activités économiques. La maison du contremaître mitoyenne devait être transformée en studios pour les internes de l’hôpital de Lens. Cependant, la redevance proposée par le CHL (plafonnée à 300€ par studio) ne permettait pas d’équilibrer l’opération. Depuis les derniers échanges, le CHL n’a pas donné de nouvelles et semble envisager d’autres perspectives. Un autre usage devra être envisagé pour la maison du contremaitre, des réflexions seront initiées très prochainement par Maisons et Cités, en cohérence avec le calendrier relatif aux opérations mitoyennes, et notamment la requalification du site de la fosse 12.

Le marché est composé d’une tranche ferme de 19 logements et de 3 tranches optionnelles d’une vingtaine de logements chacune. Pour chaque tranche, un OS travaux sera lancé à 50% de pré-commercialisation. Les premiers logements de la tranche sont vendus sur plans (sachant que la commercialisation prévoit des simulations 3D à l’appui, et des casques de réalité virtuelle), donc en VEFA, mais si tous les logements ne sont pas vendus avant réception des travaux de l’ensemble de la tranche, ceux qui restent seront vendus en vente HLM classique (un logement fini ne pouvant être vendu sous le régime de la VEFA).

Les premières ventes doivent permettre de faire décoller le marché en attirant des acheteurs pionniers, les partenaires se mobilisant substantiellement sur le sujet avec un total de 30 000 € de prime accession mobilisable. Outre les primes ANRU (15 000 €) et CALL (8 000 €), la Ville de Lens accompagnera également ces opérations par une prime de 7 000 € pour les primo-accédants éligibles au PTZ (Prêt Taux Zéro).

La réalisation de logements témoins, l’organisation de visites de quartier et la mise en place d’une politique de marketing territorial forte assortie d’une communication mettant en exergue les atouts du quartier permettront de se donner les moyens d’atteindre les objectifs fixés, étant entendu que cette stratégie doit s’accompagner d’un frein au développement de produits concurrents qui compromettraient la concrétisation du projet. La spécificité de la Cité 12/14 repose sur la vente de logements anciens - lesquels feront l’objet d’une requalification conséquente pour les adapter aux standards actuels - là où la majorité des autres projets s’appuient sur la vente de logements neufs.

Au-delà, la diversification résidentielle du 12/14 s’illustrera par la valorisation des fonciers libérés par la démolition qui offrent un potentiel évalué à 209 logements selon le plan directeur du cabinet d’urbanisme Devillers. En considération de cette valorisation foncière, le nombre de logements privés du périmètre opérationnel passerait de 341 aujourd’hui à 623 à terme, soit une augmentation de plus de 80%. Ces fonciers sont essentiellement situés autour du secteur de la Bourdonnais, en mitoyenneté du site de l’hôpital. A ce stade, ces objectifs constructifs ne sont pas encore tous déclinés. Mais une partie des fonciers a été ciblée comme contrepartie foncière à Action Logement. Le site de la Bourdonnais accueillera une quinzaine de logements en accession par Flandres Opale Habitat. Le site Fénelon / Valeur sera occupé par 23 logements locatifs libres par Foncière Logement. Pour le reste du foncier libéré, : le projet transitoire d’agriculture urbaine permettra d’occuper le site avant d’envisager un projet immobilier, à coordonner avec la programmation projetée sur le foncier libéré par le départ de l’hôpital prévu à horizon mi 2027.
'''.strip()

# seed lines 1010-1020
T['a5_1_4'] = r'''
Le projet Liévinois prévoit la démolition de l’ensemble du parc social sur le périmètre d’intervention. Sa particularité réside dans la construction d’un projet mixte comprenant quelques logements sociaux (20) dans un secteur concentrant essentiellement de l’habitat privé, les typologies projetées incluant de l’habitat individuel et intermédiaire. Ainsi, sur l’ensemble du périmètre opérationnel, 111 logements sont projetés, dont 91 privés. 6 logements en accession sociale sous MO CoopArtois (2 T3 en plain-pied et 4 T4 à étage) sont projetés sur le secteur Vent de Bise cœur de quartier. Sur les pentes du Vent de Bise, 12 logements en accession libre et 12 logements participatifs sont prévus, les modalités de construction étant en cours de définition. Le secteur Jean Lebas fait l’objet d’un projet de résidence privée pour personnes âgées composée de 45 logements (locatif privé), à laquelle s’additionnent 16 logements privés pour personnes âgées indépendantes ou personnes à mobilité réduite.
'''.strip()

# seed lines 1023-1047
T['a5_1_5'] = r'''
Afin d’éviter la concurrence entre les projets, un phasage prévisionnel des mises sur le marché a été élaboré. La stratégie de reconquête du bâti existant et de sa remise à niveau est privilégiée dans un premier temps, avec une dynamique d’accroissement progressif du nombre de logements mis en vente à mesure des changements opérés dans les quartiers, dans des volumes qui restent limités. Ainsi, les premiers logements mis en vente sont des logements anciens bien situés, commercialisés à des prix en dessous du marché (grâce aux aides financières mobilisées par les partenaires) pour Lens (61 logements avec un démarrage prévisionnel fin du premier semestre 2023), et du neuf en accession sociale pour Liévin dans une moindre mesure (6 logements prévus premier semestre 2023) et Avion (10 logements / démarrage à prévoir). Puis, le nombre de logements en vente s’accroît progressivement, avec la mise sur le marché de logements neufs en accession libre.

En déclinaison, Maisons et Cités mettra en vente une dizaine de logements dès 2023 pour la cité 12/14. Le reste des mises sur le marché s’échelonnera par un système de commercialisation par tranches successives d’une vingtaine de logements. Une stratégie de mise sur le marché progressive est également mise en place pour Liévin, avec 6 logements en accession, puis 12 logements en accession libre, et enfin 12 logements participatifs, opération s’échelonnant sur la période 2024/2030.

Pour le quartier République – Cité 4 Sud, la stratégie repose sur une requalification lourde du quartier susceptible d’en améliorer l’image vis-à-vis des exogènes et d’asseoir le potentiel de développement pour des investisseurs. Les opérations de logements neufs en diversification ne sont donc pas imaginées avant 2025 en date de commercialisation.

Les opérations projetées proposent un échelonnement dans le temps et des produits très différents (ancien/neuf) ne s’adressant pas aux mêmes publics, stratégie qui permet de limiter la concurrence entre les trois programmes.
'''.strip()

# seed lines 1051-1075
T['a5_2_a'] = r'''
Les contreparties pour le groupe Action Logement visent à favoriser la mixité et la diversité de l’habitat en amenant une population nouvelle de salariés et ainsi réduire les inégalités dans les quartiers prioritaires politique de la ville visée par le NPNRU.

Les contreparties mises à disposition du groupe Action Logement au titre de la présente convention pluriannuelle de renouvellement urbain correspondent à :

- Environ 1840 m² de droits à construire (surface de plancher développée) prenant la forme de terrains cédés à l’euro symbolique et transférés en pleine propriété à Foncière Logement ou à un ou plusieurs opérateur(s) auxquels Foncière Logement aura transféré ses droits. Sur ces fonciers aménagés, tout type et gamme de produits pourront être développés à l’exception de logements locatifs sociaux.

- Environ 1200 m² de droits à construire (surface de plancher développée) prenant la forme de terrains cédés à l’euro symbolique et transférés en pleine propriété à Flandre Opale Habitat, filiale du groupe Action Logement à laquelle, par la présente, Foncière Logement transfère ses droits. Sur ces fonciers aménagés, tout type et gamme de produits pourront être développés à l’exception de logements locatifs sociaux.

- 226 (nombre total) droits de réservation en flux de logements locatifs sociaux, correspondant à 60,9 % du nombre de logements locatifs sociaux dont la construction et la requalification sont financées par l’Agence, ou le cas échéant par d’autres financeurs (notamment FEDER et LBU), dans le cadre de la présente convention pluriannuelle (et du protocole de préfiguration).

Le nombre global de droits de réservation en droits uniques est calculé sur les bases suivantes :
'''.strip()

# seed lines 1105-1133
T['a5_2_b'] = r'''
réservation à hauteur de :

- 17,5% du nombre total de logements reconstitués en QPV et requalifiés dont le coût est inférieur à 45.000 € par logement, soit 21 droits ;

- 20% du nombre total de logements requalifiés dont le coût est supérieur à 45 000€ par logement soit 28 droits.

Ces pourcentages s’appliquent pour les logements mis en location au titre de l’ensemble des opérations d’un bailleur social dans le cadre d’une même convention pluriannuelle. En amont de la mise à disposition des logements locatifs sociaux visés, ces droits de réservation accordés à Action Logement Services sont formalisés dans une convention de financement et de réservation entre Action Logement Services et les organismes de logement social concernés. Ces droits de réservation sont définis en tenant compte des orientations de la conférence intercommunale du logement prévue à l’article L 441-1-5 du CCH, qui prend notamment en compte les besoins des ménages salariés. Ces droits de réservation devront être mis à disposition d’Action Logement Services dans un délai maximum de 30 ans à compter de la date de signature de la convention de financement et de réservation entre Action Logement Services et les organismes de logement social concernés. Ils sont convertis en flux annuel dans les conventions de réservation, prévues par le décret n° 2020-145 du 20 février 2020. Ces droits de réservation doivent être cohérents avec la stratégie de relogement et d’attribution mentionnée à l’article 6 de la présente convention. Ces contreparties et leurs modalités de mise en œuvre sont détaillées respectivement en annexe B1 et B2 à la présente convention pluriannuelle.

Les modalités techniques de suivi et de pilotage des contreparties en faveur du Groupe Action Logement prévues par la convention tripartite entre l’Etat, l’ANRU, et Action Logement du 11 juillet 2018, avenantée le 10 juillet 2021, pourront être précisées dans une instruction commune Action Logement – ANRU.
'''.strip()

# seed lines 1142-1206
T['a7_1'] = r'''
Pour ce qui concerne la gouvernance du contrat de ville, le partage des responsabilités entre l’EPCI et les trois communes concernées est organisé de la façon suivante :

La CALL, en collaboration avec les communes concernées, a travaillé sur une contribution partagée dans le cadre de l’élaboration du contrat de ville. Cette dernière a largement alimenté l’évolution des pratiques au sein même de l’agglomération et notamment la nécessité de revoir le consensus « politique des villes ». La Politique de la Ville est venue incarner un vrai projet politique communautaire, traduit dans le projet de territoire de la CALL.

Récemment, dans le cadre de la prolongation des Contrats de Ville jusqu’au 31 décembre 2022, un protocole d’engagements renforcés et réciproques est venu affirmer une gouvernance du Contrat de Ville non seulement inscrite dans une dynamique de travail transversale en interne visant à mobiliser l’ensemble des politiques communautaires au profit des QPV, mais aussi en mettant en réseau l’ensemble des acteurs du territoire parmi lesquels les communes. La conduite du Contrat de Ville résulte ainsi d’une approche globale, transversale mais aussi et surtout une approche proche des habitants, pilotée par la CALL en partenariat avec les communes. Cette organisation est structurée comme suit :

- Un comité de pilotage stratégique deux fois par an,
- Des séminaires thématiques ouverts à l’ensemble des acteurs de la PV (dont les communes) – instance d’échange et de partage (mise en réseau des acteurs),
- L’organisation de groupes de travail thématiques agglo/villes (en corrélation avec les piliers du CDV),
- L’installation, depuis septembre 2019, d’une Commission intercommunale d’évaluation (Etat/agglo/villes).

Au niveau de la CALL, le projet est rattaché à Alain Roger, 12e Vice-Président en charge de l’ERBM, de l’aménagement, de l’urbanisme et du renouvellement urbain. Les directions Habitat – Renouvellement Urbain et Politique de la Ville sont placées sous l’autorité du DGST (directeur général des services techniques) ce qui permet une coordination des dispositifs et des échanges réguliers.

La gouvernance mise en place pour le renouvellement urbain décline également cette organisation avec un pilotage stratégique du projet à l’échelle de la CALL, en liaison étroite avec les villes et l’ensemble des partenaires. Cette organisation permet de mutualiser les moyens et compétences techniques des villes concernées par le NPNRU afin de porter une ambition commune au niveau de la CALL avec les différents partenaires institutionnels, mais également avec les bailleurs sociaux concernés par le projet. Le partage des responsabilités entre la communauté d’agglomération de Lens Liévin et les communes concernées est organisé de la façon suivante :

- La Communauté d’Agglomération de Lens-Liévin assure le pilotage du projet. En tant que porteur de projet, la CALL assume l’ordonnancement général du programme, la coordination globale du projet et des différents partenaires impliqués, s’assure de la bonne exécution de la convention notamment en termes de respect des obligations de chacun, de l’exécution financière et de la tenue du calendrier. La CALL disposant de la compétence habitat, elle veille en particulier au respect des objectifs de mixité et d’équilibre territorial inscrits à la CIA et à la charte de relogement. Dans ce cadre, la CALL organisera un suivi du relogement et des ateliers à l’échelle intercommunale pour répondre aux besoins qui n’auront pas été satisfaits dans le cadre des ateliers peuplement organisés par les villes. Elle mobilise également ses services pour assurer le bon déroulement opérationnel dans le cadre de l’exercice de ses compétences (développement économique, mobilité, travaux d’assainissement, eau potable, gestion des ordures ménagères…),
- Les villes de Lens, Liévin et Avion, assurent, chacune en ce qui la concerne, le suivi opérationnel du projet. Elles assurent la conduite des opérations sous MO Ville, et organisent les ateliers peuplement dans le cadre du relogement des ménages, en lien avec les différents partenaires, et en particulier la CALL qui veille au respect des engagements de la CIA (reporting et bilans en commission relogement pour une veille et re-précision des objectifs le cas échéant). Les villes mettent en œuvre l'exécution des programmes opérationnels, au travers d'instances dédiées au secteur (comité technique, comité de pilotage) en lien avec les partenaires du projet et veillent à la coordination des opérations entre opérateurs publics et privés sur le secteur concerné

A noter également que la Communauté d’Agglomération de Lens-Liévin a adhéré en juin 2015 à l’Agence d’Urbanisme de l’Artois (AULA), partenaire mobilisé sur le territoire sur les enjeux de renouvellement urbain et social, ainsi que pour le NPNRU dans le cadre de son programme pluriannuel d’activités et d’éventuels conventionnements horizontaux avec les villes de Lens et Liévin.
'''.strip()

# seed lines 1209-1312
T['a7_2'] = r'''
Pour assurer la coordination des maîtres d’ouvrage et le bon déroulement et enchaînement des différentes opérations ainsi que l’ordonnancement général du projet à mener, la CALL conduit le pilotage opérationnel du projet. Elle mobilise pour cela une équipe projet composée de 5 personnes :

- Une directrice Habitat et Renouvellement, qui assure le pilotage stratégique du projet et articule les projets aux dispositifs de développement social, économique, environnemental et s'assure de leur cohérence avec les dynamiques et stratégies communautaires en matière d'habitat, d'aménagement et de développement économique. Elle formalise la remontée d'informations aux décideurs et assure la conduite des instances dédiées au NPRNU : revues de projet, COPIL, etc. Elle pilote les projets exemplaires et innovants retenus avec les partenaires et collectivités concernés et encadre l'équipe de la direction de projet CALL.

- Un chef de service Renouvellement Urbain, qui partage son temps entre les projets NPRNU et ERBM de l’agglomération. Il assure la coordination NPNRU de la CALL, prépare et anime le dispositif de pilotage stratégique avec l'ensemble des partenaires et financeurs, participe à la réalisation des projets au plan opérationnel. Le chef de service est le référent de l’ensemble des partenaires pour tout ce qui a trait au NPNRU, il est le référent des partenaires internes et externes et contribue à l'animation des passerelles liées à la Politique de la Ville, à l’Habitat, au Développement économique et autres compétences de l’EPCI. Il propose et gère le budget dédié spécifiquement au NPNRU en y incluant les interventions de l'ensemble des services de la CALL. Il organise de la diffusion d'informations aux services concernés et aux partenaires du projet. Il assure, en lien étroit avec la directrice, l’animation de la conduite de projet et des instances dédiées au NPNRU.

- Une cheffe de projet habitat – diversification dont les missions seront de proposer, en lien, avec les villes, des solutions opérationnelles pour diversifier chaque quartier en matière d’habitat, veiller au suivi du relogement, suivre les actions liées au parc privé, mais aussi celles liées aux produits spécifiques à développer sur les trois quartiers (logement des séniors, habitat participatif, logements des étudiants, appartements thérapeutiques, etc.). Dans le cadre de la stratégie de diversification, la cheffe de projet habitat aura un rôle essentiel en termes de pilotage et suivi des stratégies de vente et de promotion du parc social dans les quartiers NPNRU mais également dans la mise en place et l’animation d’une stratégie d’ensemble de marketing territorial sur les 3 quartiers : valorisation des forces existantes et des actions liées au NPNRU pour accompagner le changement d’image. Elle développera des pistes de renforcement de l’attractivité du territoire : travail fin sur le peuplement existant et projeté (suivi des relogements, mise en place et organisation de la commission relogement de la CALL dans le cadre de la CIA) et sera force de proposition pour des actions de communication (campagnes, événements, internet etc...) autour du changement d’image du quartier en termes de qualité de vie. La cheffe de projet habitat assure le pilotage et le suivi de la mission observation et évaluation réalisée par l’AULA, et développe le partenariat avec Action Logement.
- Une cheffe de projet coordination sociale, pilote et met en œuvre l’ingénierie sociale des projets à travers l’animation des échanges externes et internes sur ces sujets, participe à mettre en place et animer une stratégie de marketing territorial sur les 3 quartiers en lien avec la cheffe de projet habitat. Elle accompagne les villes dans la mise en place d’outils de concertation / co-construction du projet avec les habitants. La cheffe de projet coordination sociale appuie les villes pour la mise en place d’actions visant à renforcer l’implication des habitants, à accompagner le changement, et assurer le lien avec les acteurs du territoire (écoles, éducation, culture, …), du quartier et les associations pour l’activation des maisons du projet. Elle est en lien avec la direction politique de la ville pour engager des réflexions sur les actions et moyens à mobiliser en faveur de l’amélioration de la cohésion sociale : GUSP, insertion… Elle exerce également une veille active sur les démarches innovantes mises en œuvre sur différents territoires visant l’implication des citoyens (benchmark national et international). Enfin, elle assure le suivi des indicateurs en lien avec l’AULA.

- Une coordinatrice administrative et financière assure le suivi budgétaire du pôle, le montage et le suivi de l’ensemble des dossiers de financement, y compris l’intégration sous IODA en lien avec la DDTM, la saisie des demandes et suivi des paiements, le relais avec les services administratifs et financiers. Elle assure également le suivi administratif et procédural de l’ensemble des conventions, marchés… relevant de la direction.

L’équipe projet NPNRU est rattaché à la direction Habitat et Renouvellement Urbain, elle-même rattachée à la DGST. Ces équipes sont localisées sur un même site et collaborent entre elles notamment au travers d’échange d’informations lors des réunions de coordination DGST, mais également en lien direct via des réunions de travail conjointes. L’organigramme repris ci-dessous explicite le positionnement de l’équipe de conduite de projet CALL dans l’organisation ainsi que l’articulation CALL / Villes. Des équipes projet par site ont été constituées, regroupant la direction de projet NPNRU, le chef de projet ville, les chefs de projet bailleurs. Ces équipes projet sont le « noyau dur » qui assure le suivi du programme pour chacun des sites. Elles se réunissent une fois par mois pour chacune des villes.

La mise en œuvre du projet nécessite une coopération étroite entre les différents partenaires et un partenariat efficient pour préserver la cohérence d’ensemble. En œuvrant de concert, les partenaires sont au service du projet pour permettre l’articulation efficiente des opérations, le partage des informations, l’échange d’expériences et expertises, une réactivité effective pour anticiper, ajuster, apporter des solutions…

En matière de suivi de projet, plusieurs instances sont projetées, leur articulation étant déclinée comme suit :

- Revue de projet (annuelle) : le pilotage est assuré par le DT ANRU (directeur territorial). La revue de projet réunit l’ensemble des signataires et permet de partager l’atteinte des objectifs, l’avancée des différentes opérations, de préciser le calendrier, d’identifier les éventuelles insuffisances ou blocages, de suivre le respect des engagements.

- Comité de pilotage CALL (annuel), sous l’égide de la CALL qui l’anime, cette instance s’assure de la bonne exécution de la convention et décide des évolutions, amendements qui seront proposés dans le cadre d’avenants, le cas échéant. Ce comité de pilotage est composé des exécutifs de chacun des partenaires opérationnels et financiers associés au projet et directeurs ou chefs de projet référents pour chacune des instances concernées (Etat, ANRU, groupe Action Logement, Villes, Région, Département, bailleurs, Conseil Citoyen),

- COTECH inter-quartiers : (tous les 2 mois) organisée par la direction de projet NPNRU de la CALL, cette instance réunit les chefs de projet Ville et les directeurs et chefs de services CALL concernés par l’ordre du jour (sujets habitat, cohésion sociale, techniques, aménagement, développement économique…). Cette instance permet l’échange de bonnes pratiques et la mise en commun de compétences sur des sujets éminemment transversaux.

- Des instances opérationnelles Ville (COTECH et COPIL) : organisées par les chefs de projet ville, ces instances sont rythmées par le calendrier opérationnel (fréquence trimestrielle mais pouvant varier fonction de la phase des projets). Elles assurent le suivi opérationnel du projet dans toutes ses composantes et permettent de faire un point d’étape complet. Elles réunissent la direction NPNRU de la CALL, les MO concernés, les partenaires associés.

- Des réunions équipe projet par site : organisées par la direction NPNRU en lien avec les chefs de projet ville et bailleurs, ces instances mensuelles permettent un suivi régulier du projet et un partagé des informations entre l’ensemble des partenaires impliqués.

Au-delà de ces instances, le projet donne lieu à l’organisation de réunions spécifiques liées au volet opérationnel ou à des thématiques spécifiques tout au long de sa mise en œuvre.
'''.strip()

# seed lines 1330-1420
T['a8_1'] = r'''
Conformément au règlement général de l’ANRU relatif au NPNRU, et en lien avec les orientations du contrat de ville, le porteur de projet en lien avec les acteurs concernés s’engage à mettre en place un projet de gestion partenarial, pluriannuel et territorialisé, articulé au contenu et au phasage du projet de renouvellement urbain et coconstruit avec les habitants et usagers du ou des quartier(s) concerné(s). L’objectif est d’améliorer la gestion urbaine du ou des quartier(s) concerné(s) par le projet de renouvellement urbain dans l’attente de sa mise en œuvre, d’intégrer les enjeux de gestion, d’usage et de sûreté dans la conception des opérations d’aménagement et immobilières, d’accompagner le déploiement des chantiers et d’anticiper les impacts du projet urbain sur les usages, les responsabilités, les modalités et les coûts de gestion des gestionnaires. Ainsi, le projet de gestion interroge la soutenabilité financière des modes de gestion et l’adaptation des organisations des gestionnaires compte tenu des transformations urbaines et des opérations portées par le projet de renouvellement urbain, et vise à en favoriser l’appropriation et la pérennisation. La CALL va porter un programme de gestion urbaine et sociale de proximité sur les trois quartiers en partenariat avec les villes et les bailleurs (via l'équipe projet). Les objectifs de la G.U.S.P déclinent les piliers du contrat de ville suivants :

- Améliorer l’inclusion sociale et développer la cohésion sociale
- Valoriser les acteurs du territoire
- Favoriser l’insertion professionnelle, l’accès aux droits et à la santé

- Améliorer l’habitat, le cadre de vie et l’environnement
- Améliorer la qualité résidentielle avec des logements adaptés et de qualité
- Favoriser des parcours résidentiels positifs
- Lutter contre la précarité énergétique

- Renforcer l’attractivité des QPV
- Favoriser le développement économique des quartiers
- Développer une mixité fonctionnelle et une offre de services de proximité
- Promouvoir la mobilité et l’usage du numérique

La G.U.S.P concerne les trois phases qui vont rythmer le projet, elle doit s’adapter en fonction du sujet. Durant la phase d’élaboration du projet, la gestion urbaine et sociale de proximité permet de comprendre les usages et d’interroger son impact sur l’organisation du quartier. Pendant la phase opérationnelle, la G.U.S.P permet de maintenir la qualité du cadre de vie et de limiter les nuisances engendrées par les travaux. La phase post-opérationnelle va devoir s’adapter à la nouvelle configuration du quartier afin de maintenir une qualité urbaine et de vie sur le long terme. Il est essentiel d’anticiper les questions de gestion en phase de définition des projets d’aménagement, pour concevoir un projet durable raisonné et rationnalisé, tenant compte des réalités des besoins et usages, du terrain, des moyens à disposition des collectivités, bailleurs, et acteurs intervenant sur le cadre de vie, afin de pérenniser les investissements réalisés.

L’ensemble des partenaires opérationnels est concerné, de même que les acteurs de terrain :

- Le porteur de projet : La CALL s’assure du suivi de la G.U.S.P et la mise en réseau des acteurs via le chef de projet coordination sociale,

- Les maîtres d’ouvrages : Les Villes, les bailleurs ainsi que la CALL s’assurent que les actions sur le terrain sont réalisées dans leurs domaines de compétences respectives,

- Les acteurs locaux : Les centres sociaux, associations, établissements scolaires, commerçants, et tout autre acteur présent sur le terrain, sont invités à s’impliquer dans le processus, relever et partager les informations pour une G.U.S.P. efficiente,

- Les habitants : doivent être associés à chaque phase du projet.

La Communauté d’Agglomération de Lens-Liévin, en sa qualité de porteur de projet, et disposant de la compétence « Politique de la Ville », a impulsé une dynamique à l’échelle de l’ensemble des 21 quartiers prioritaires qui composent son territoire. Un appel d’offres a été lancé pour développer une dynamique collective concertée entre les différents acteurs du territoire en matière de GUSP. La mission du prestataire (HB Etudes et Conseils) a été d’accompagner la Communauté d’Agglomération dans l’animation d’une réflexion intégrée et collective qui a abouti à l’élaboration d’une boîte à outils GUSP (démarche de co-construction avec les acteurs de terrain). L’objectif était d’initier une réflexion collective et dynamique :

- Sur ce qui manque aujourd’hui à la gestion des quartiers pour concrétiser un véritable dispositif de « GUSP » ;
- Sur les outils opérationnels qui pourraient rapidement permettre de gagner en efficacité de façon durable.

L’objectif est également de nourrir cette réflexion en s’appuyant sur des projets réalisés et animés avec et par les habitants :

- Pour améliorer et enrichir leur cadre de vie ;
- Pour les placer au cœur de la question de son respect et de sa gestion.

Parallèlement à cette démarche globale portée par la direction politique de la ville à l’échelle de l’ensemble des QPV, des actions ponctuelles ont été engagées sur la cité du 12-14, afin d’amorcer une démarche GUSP sans attendre. Consécutives à un constat préoccupant en termes de cadre de vie, d’incivilités répétées (squats des maisons vides, jets d’ordures et dépôts sauvages en nombre, végétation envahissante,…) lors des visites de terrain et de remontées d’habitants en réunion publique, ces actions ont consisté en des tours de quartier organisés conjointement par l’équipe NPNRU CALL/VILLE qui a relevé les problèmes et a ensuite saisi les différents interlocuteurs compétents pour que des solutions curatives immédiates soient mises en place. Ces actions ont été suivies d’effet et ont permis d’observer des évolutions significatives notamment sur la question des dépôts sauvages. Une veille technique est donc assurée, mais également une veille sociale notamment lors des ateliers peuplement qui permettent de faire remonter des problématiques spécifiques, et de veiller à la mise en place d’un accompagnement social adapté.

D’actions ponctuelles, il s’agit désormais de passer à la mise en place d’une démarche structurée associant les différents acteurs et assise sur un calendrier régulier. Cette démarche devra être généralisée aux 3 quartiers concernés. Des ateliers GUSP au sein des quartiers concernés pourront être développés par la ville, en lien avec l'équipe projet (CALL, Ville, Bailleur), afin de traiter toute problématique spécifique à chaque quartier.
'''.strip()

# seed lines 1423-1441
T['a8_2_a'] = r'''
Les maîtres d’ouvrage financés par l’ANRU s’engagent à appliquer les dispositions de la charte nationale d’insertion relative au NPNRU qui vise à mettre la clause d’insertion au service de réels parcours vers l’emploi des habitants des quartiers prioritaires de la politique de la ville, en l’inscrivant dans la politique locale d’accès à l’emploi et à la formation et dans le volet développement économique et emploi du contrat de ville. Pour ce faire, le porteur de projet et les maîtres d’ouvrage financés par l’ANRU fixent, à travers la présente convention, des objectifs quantitatifs et qualitatifs en matière d’insertion, s’accordent sur les marchés et les publics cibles de la clause et en définissent les modalités de pilotage, suivi et évaluation, en étant particulièrement vigilant aux modalités de détection, d’accompagnement et de formation des bénéficiaires en amont et tout au long de leurs parcours, au partenariat avec les entreprises, et à la mobilisation de l’ensemble des acteurs locaux de l’insertion par l’activité économique.

- Objectifs quantitatifs sur les opérations d’investissement

Les objectifs qui vont être affichés dans cette partie sont basés uniquement sur les opérations inscrites au tableau financier de l’ANRU. Il y aura une recherche d’insertion économique pour les opérations non financées par l’ANRU mais ne s’inscrivant pas dans le cadre de cette convention, l’application n’étant pas systématisée, mais discutée pour chacune des opérations. La règle de calcul sur un marché de travaux, pour un objectif minimal d’insertion à 5%, est :
'''.strip()

# seed lines 1448-1449
T['a8_2_b'] = r'''
Dans le cadre des opérations d’investissements liées au projet de renouvellement urbain, les objectifs d’heures d’insertion à atteindre sont les suivants :
'''.strip()

# seed lines 1493-1599
T['a8_2_c'] = r'''
L’objectif d’heures d’insertion est indiqué dans le dossier de consultation des entreprises (DCE). Ainsi l’entreprise candidate sait exactement quelles sont ses obligations, en quoi consiste la démarche d’insertion à mettre en œuvre, et ce, dès la phase de réponse.

- Objectifs quantitatifs d’insertion sur la gestion urbaine de proximité, et modalités de mise en œuvre

La clause d’insertion est appliquée à l’ensemble des marchés liés à la gestion urbaine de proximité au fur et à mesure de leur lancement pendant toute la durée de la convention de renouvellement urbain, avec un objectif de 10 % des embauches directes ou indirectes. La mise en œuvre des actions liées à la gestion au quotidien, ainsi que la mise en œuvre du plan d’action d’amélioration de la GUSP, sont sous la responsabilité de l’ensemble des acteurs concernés (ville, bailleurs, CALL, etc.). Le porteur de projet transmet une fois par semestre au Délégué Territorial Adjoint de l’ANRU les indicateurs suivants :
- Nombre d’heures travaillées pour les opérations liées aux travaux et dans le cadre de la gestion urbaine de proximité ;

- Modalités de réalisation des heures (embauche directe, intérim, alternance, formation…) ;
- Typologie des entreprises attributaires (nombre de salariés, secteur d’activité…) ;
- Nombre de bénéficiaires ;
- Typologie des bénéficiaires : sexe, âge, résidence dans un quartier prioritaire de la politique de la ville, … ;
- Situation des bénéficiaires à 6 et 12 mois.

- Objectif sur l’ingénierie liée au projet de renouvellement urbain

Une partie des embauches liées à l’ingénierie des projets (équipe projet…), au fonctionnement des équipements et aux actions d’accompagnement (relogement…) seront inscrites dans la charte d’insertion. Cette charte est en cours d’élaboration et doit faire l’objet d’une validation par tous les maîtres d’ouvrage et les partenaires de l’emploi et de l’insertion professionnelle. La validation de cette charte est prévue fin du premier semestre 2024.

Ces objectifs restent encore à définir.

- Objectifs qualitatifs en matière d’insertion

Les objectifs qualitatifs doivent préciser les priorités locales pour la démarche d’insertion menée dans le projet de renouvellement urbain : il s’agit de définir de façon partenariale les attendus de la démarche, en réponse au diagnostic local de l’emploi, inscrit dans le contrat de ville. Ces objectifs doivent pouvoir être mesurés par des indicateurs, qui constituent un appui pour le pilotage du dispositif. Les objectifs qualitatifs sont encore à définir dans le cadre des comités techniques emploi/insertion. Ils seront précisés dans la charte insertion pour le premier semestre 2024.

- Pilotage, suivi et évaluation des objectifs d’insertion par l’activité économique

1) Le comité de pilotage

Sous l’égide du porteur de projet et du Préfet, un comité de pilotage est mis en place pour le pilotage et le suivi des démarches d’insertion menées dans le cadre du projet de renouvellement urbain. Pour éviter la multiplication des réunions, la restitution sera faite lors des COPIL NPNRU. Les signataires de la convention de rénovation urbaine en sont membres de droit. Le PLIE, le service public de l’emploi, les structures d’insertion impliquées y seront associées si besoin. Le comité de pilotage s’appuie sur les instances déjà existantes notamment dans le cadre du contrat de ville mais également avec celles de la politique d’insertion de l’EPCI.

Le comité de pilotage a notamment pour rôle :

- D’impulser la politique d’insertion, de déterminer les modalités de mise en œuvre des clauses et de contribuer à leur généralisation ;

- D’initier et mettre en œuvre des actions visant à informer les habitants des quartiers prioritaires de la politique de la ville et faciliter leur accès aux marchés contenant des clauses (accompagnement, formation…) ;

- De mobiliser de nouveaux acteurs publics et privés (promoteurs immobiliers, entreprises situées dans le quartier ou à proximité, organismes de formation…) ;

- De veiller à l’atteinte des objectifs fixés dans la convention de renouvellement.

A ce titre, il valide les indicateurs suivants :
- Nombre d’heures travaillées par famille d’opération ;
- Modalités de réalisation des heures sur les marchés (embauche directe, sous-traitance, recours à une ETTI, ou AI, à un GEIQ, chantier d’insertion, …) ;
- Types de contrat utilisés lors de l’embauche ;
- Nombre et typologie des populations bénéficiaires sexe, âge, statut de départ, niveau de qualification de départ, zone géographique QPV ;
- Situation des populations à 6 et 12 mois après le début du premier contrat dans le cadre du plan local d’insertion ANRU ;
- Nombre d’embauches directes ou indirectes effectuées pour la gestion urbaine de proximité et la gestion des équipements du quartier (secteur d’embauche, type de contrats).

Les maîtres d’ouvrages s’engagent à transmettre ces informations nécessaires au suivi de ces indicateurs. Le porteur de projet s’engage à transmettre une fois par semestre au moins, le relevé de ces indicateurs à l’ANRU.

2) Le comité technique emploi/insertion

Le comité technique emploi/insertion est le lieu de concertation territoriale pour la mise en œuvre des actions d’insertion nécessaires pour atteindre les objectifs fixés. Il peut, le cas échéant, être couplé avec les comités techniques du projet de rénovation urbaine. Ce comité concerne le porteur de projet, un représentant de l’ANRU, le Délégué du Préfet à la Politique de la Ville, le directeur du PLIE, le chef de projet politique de la ville de la CALL, des représentants des bailleurs, la cellule emploi de la commune ou toute autre personne dont la présence sera jugée nécessaire.

3) Le dispositif d’information des habitants

L’information et la sensibilisation des habitants du quartier au dispositif d’insertion est une condition indispensable à la mise en œuvre de l’insertion et à l’atteinte des objectifs. Dans le cadre du dispositif de concertation et de communication auprès des riverains, un point d’information est mis en place au sein de la maison du projet, implantée dans chaque quartier retenu dans le cadre du NPNRU. Ce lieu d’information sur les différents travaux et projets du programme ANRU se veut également lieu de relais entre les habitants demandeurs d’emploi et acteurs de l’insertion (PLIE, Pole emploi, PDC Habitat, SIA, GEIQ…).
'''.strip()

# seed lines 1602-1655
T['a8_3'] = r'''
Les Parties prenantes de la présente convention s’engagent à valoriser la mémoire du(es) quartier(s) concerné(s) par le projet de renouvellement urbain. Le porteur de projet et les maîtres d’ouvrages s’attacheront tout particulièrement à promouvoir toutes les initiatives locales de productions et de réalisations filmographiques ou photographiques relatives au(x) quartier(s) et à son/leur évolution dans le cadre du projet de renouvellement urbain. Ces documents, rendus publics et dans la mesure du possible en libre accès, seront transmis à l’ANRU et pourront être utilisés comme support de compte rendu public d’activités de l’Agence et de tout projet de mise en valeur du NPNRU.

- Cité 12/14 à Lens

Dans la perspective d’une restructuration importante impliquant des départs et des transformations massives, la Ville de Lens va collecter la mémoire des habitants sur le quartier et mettre en scène ces propos en collaboration avec une compagnie de théâtre. Une représentation a été donnée au sein du quartier le 5 mai 2023.

D’autres projets sont envisagés comme : La découverte du patrimoine minier de la Cité sous forme de visites ludiques en lien avec le Pays d’Art et d’Histoire. Dans le cadre de la démarche « Centre social connecté », un projet de flash code doit être élaboré, lequel a pour objectif de donner des informations sur l’histoire des noms de rues. Le projet sera développé avec les habitants et les élèves des écoles du quartier. Les professeurs pourront travailler avec leurs élèves sur l’histoire des personnages dont le nom a été donné aux rues de la Cité, et réaliser une présentation audio qui pourrait être associée au flash code. Un reportage photo retraçant l’évolution du quartier avant, pendant et après les travaux de rénovation.

Les réflexions se poursuivent afin d’accompagner au mieux les habitants sur le sujet de la mémoire et des mutations que va connaître le quartier.

- Quartier République – Cité 4 Sud à Avion

La valorisation de la mémoire et de l’histoire du quartier se traduit par la réalisation d’actions en lien avec les habitants. Un travail spécifique de documentation sur l’histoire du quartier sera mis en place. Ce travail pourra s’effectuer sous différentes formes « artistiques » qui restent encore à définir : théâtre, maquettes 3D, livre, recueil d’histoire du quartier… Des actions seront menées en lien avec les associations du quartier et les Services municipaux Culture, Jeunesse, Enfance et Politique de la Ville, pouvant faire l’objet de prestations externalisées. Ces actions seront coordonnées avec le calendrier opérationnel. Elles permettront au Porteur de projet et aux maîtrises d’ouvrage d’associer les habitants et répondre à leurs attentes tout au long du projet. Elles permettent de disposer d’un suivi sur l’évolution des quartiers et de faire le lien entre les « anciens » et les nouveaux habitants. En 2022, la Ville a travaillé avec un collectif d’artistes afin de créer avec les habitants un spectacle sur le quartier. Après 4 semaines d’ateliers, la cinquantaine d’habitants ayant participé à la démarche a pu donner une représentation du spectacle qu’ils ont eux-mêmes écrit et mis en scène.

- Quartier Calonnes Marichelles Vent de Bise à Liévin

En lien avec le CCS Cœur de ville et le service Jeunesse, une action dédiée à la mémoire du quartier sera développée avec les habitants. Il sera notamment organisé avec les résidents un rendu, sous la forme de leur choix, un temps fort présentant leur rendu. Ce travail sera partagé avec les acteurs locaux et tout résident désirant s'investir dans cette action. Cette action sera également mise en relation avec d'autres actions sur le quartier, comme la participation et co-construction avec les habitants, et les actions des acteurs de terrain (bailleur, association, école, IEM...). Une réflexion est en cours sur l’organisation d’une grande fête de quartier lors de laquelle un artiste serait chargé de représenter le quartier sous forme de fresque, avant et après travaux, en fonction de la parole des habitants. Une capsule temporelle devrait également être créée et enterrée sur le site à cette occasion.
'''.strip()

# seed lines 1750-1766
T['r921'] = r'''
Les opérations d’aménagement d’ensemble, d’équipements publics de proximité et d’immobilier à vocation économique font partie du programme approuvé par le comité d’engagement de l’ANRU.

Par délibération N°20170731 en date du 29 juin 2017, la Région Hauts-de-France a fait part de son soutien au Nouveau Programme de Renouvellement Urbain et a ainsi présidé les modalités techniques et financières d’intervention pour les 54 quartiers d’intérêt National et Régional. Des financements « décroisés » sont mis en œuvre avec la participation de la Région à hauteur de 9,74 M€ sur le NPNRU de la Communauté d’Agglomération de Lens-Liévin (dont les 135 835 € de subvention Région en phase protocole).

Afin d’être en accord avec les priorités régionales, à savoir : le développement économique des quartiers, les services et équipements publics de proximité, le cadre de vie ou encore l’innovation sociale ou numérique, il a été proposé d’inscrire les opérations suivantes :

- Création d’une maison des jeunes et des associations sur le quartier d’intérêt régional Calonne – Marichelles – Vent de Bise
- Rénovation de l’école Berteloot sur le quartier régional Calonne – Marichelles – Vent de Bise
- Construction d’une salle polyvalente sur le quartier régional Calonne – Marichelles – Vent de Bise
- Construction d’une maison de santé avec commerce solidaire et de proximité sur le quartier régional Calonne – Marichelles – Vent de Bise

Le tableau ci-dessous reprend l’ensemble des opérations faisant l’objet d’un accompagnement financier de la Région Hauts-de-France :
'''.strip()

# seed lines 1987-2022
T['a10'] = r'''
- La participation financière de l’ANRU au titre du NPNRU s’entend pour un montant global maximal de concours financiers prévisionnels de 70 739 366,40 €, comprenant 63 484 150,40 € de subventions, et 7 255 216,00 € de volume de prêts distribués par Action Logement Services. Cette participation se répartit sur les quartiers concernés de la façon suivante :

- 39 558 096,27 € de concours financiers prévisionnels comprenant 34 955 796,27 € de subventions et 4 602 300,00 € de de prêts portant sur les quartiers d’intérêt régional,

- 31 181 270,13 € de concours financiers prévisionnels comprenant 28 528 354,13 €de subventions et 2 652 916,00 € de volume de prêts portant sur les quartiers d’intérêt national.

- La participation financière de l’Anah s’entend pour un montant global maximal, non actualisable, de 0 €.

- La participation financière de la Caisse des Dépôts s’entend pour un montant global maximal, non actualisable, de 0 €. La mise en œuvre du programme s’appuie par ailleurs sur le financement en prêts de la Caisse des dépôts pour un montant prévisionnel de 10 223 883,02 €. Les modalités d’intervention seront précisées dans des conventions à signer entre la Caisse des Dépôts et les différents maîtres d’ouvrage concernés. Les décisions d’octroi des financements de la Caisse des Dépôts seront prises par les comités d’engagement compétents. Les caractéristiques des prêts, y compris le taux d’intérêt, sont celles en vigueur au jour de l’émission de chaque contrat de prêt.

- La participation financière de la Région Hauts-de-France s’entend pour un montant maximal de 9 526 333,00 € (délibération n°20170731 du 29 juin 2017) pour toutes les opérations financières décrites à l’article 9,

Pour rappel :

- Le tableau financier des opérations physiques relatif au protocole de préfiguration portant sur les quartiers concernés par la présente convention pluriannuelle figure en annexe C8.

Le tableau ci-dessous indique les concours financiers NPNRU totaux programmés (protocole et convention) par quartier concerné par la présente convention[^4] : (C : Convention ; P : Protocole ; T : Total)
'''.strip()
