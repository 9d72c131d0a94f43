## The language's own name, shown in the language picker.
language-name = Français

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-dashboard = Tableau de bord
nav-users = Utilisateurs
nav-audit = Journal d'audit
nav-settings = Paramètres
prefs-language = Langue
prefs-theme = Thème
prefs-apply = Appliquer
theme-system = Thème du système
theme-light = Thème clair
theme-dark = Thème sombre
error-title = Un problème est survenu
error-body = Cette partie de la page n'a pas pu être affichée. Rechargez la page pour réessayer ; si le problème persiste, le journal du serveur contient les détails.

## Dashboard
dashboard-title = Tableau de bord
dashboard-empty-title = Aucune donnée d'organisation pour l'instant
dashboard-empty-body = Connectez votre organisation Atlassian dans les paramètres. Après la première synchronisation, ce tableau de bord présente vos utilisateurs, leur activité et l'utilisation des licences dans Jira, Confluence et Jira Service Management.
dashboard-empty-action = Ouvrir les paramètres
dashboard-first-sync-title = Lecture de votre organisation
dashboard-first-sync-body = La première synchronisation lit les utilisateurs, les groupes et les accès aux produits depuis Atlassian. Sa progression est affichée ci-dessus ; les chiffres apparaîtront ici dès qu'elle sera terminée.
dashboard-first-sync-working = Synchronisation en cours…
dashboard-summary = Synthèse
card-total = Utilisateurs au total
card-total-detail = { $org } utilisateurs de l'organisation et { $customers } clients
card-active = Actifs récemment
card-active-detail = Utilisateurs de l'organisation ayant utilisé un produit au cours des { $days } derniers jours
card-inactive = Utilisateurs inactifs
card-customers = Clients JSM
threshold-warning = Aucune activité depuis { $days } jours ou plus
threshold-overdue = Aucune activité depuis { $days } jours ou plus
threshold-never = Aucune activité enregistrée
utilisation-title = Utilisation des licences
utilisation-seats = { $used } licences utilisées sur { $capacity } ({ $percent })
utilisation-near = Presque saturé : examinez les utilisateurs inactifs avant d'acheter des licences supplémentaires.
utilisation-over = Toutes les licences sont utilisées : aucun nouvel utilisateur ne peut obtenir l'accès tant que des licences n'ont pas été libérées ou achetées.
products-title = Produits
products-product = Produit
products-users = Utilisateurs ayant accès
products-seats = Licences utilisées
products-cost = Coût mensuel des licences inactives
products-cost-hint = Saisissez un prix par licence pour connaître le coût mensuel des licences inactives.
products-cost-set = Définir les prix dans les paramètres
chart-title = Dernière activité
chart-intro = Dernière utilisation d'un produit par les utilisateurs de l'organisation dont le compte est actif.
chart-days = { $from } à { $to } jours
chart-more-than = Plus de { $days } jours
chart-table-caption = Dernière activité des utilisateurs de l'organisation dont le compte est actif
chart-last-active = Dernière activité
chart-users = Utilisateurs
sync-title = Synchronisation
sync-last = Données du { $time } : { $formatted } { $count ->
        [one] compte
       *[other] comptes
    }.
sync-never = Aucune synchronisation n'a encore été effectuée.
sync-next = Prochaine synchronisation planifiée : { $time }
sync-incremental = Dernière vérification des modifications effectuées dans Atlassian le { $time } : { $formatted } { $count ->
        [one] utilisateur actualisé
       *[other] utilisateurs actualisés
    }.
sync-incremental-failed = La vérification des modifications effectuées dans Atlassian a échoué le { $time } : { $reason }
sync-failed = La synchronisation lancée le { $time } a échoué : { $reason }
sync-now = Synchroniser
sync-cancel = Annuler la synchronisation
sync-phase-starting = Démarrage
sync-phase-collecting = Lecture des données Atlassian
sync-phase-indexing = Création de l'instantané
sync-items = { $done } comptes lus
sync-items-of = { $done } comptes lus sur environ { $total }
sync-waits = { $requests } requêtes ; { $seconds } s d'attente dues aux limites de débit d'Atlassian
sync-families = Produits lus
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Complet
sync-family-partial = Lu en partie
sync-family-not-on-site = Absent de ce site
sync-family-not-configured = Non lu : aucun compte de site n'est configuré
sync-family-stale = Non lu cette fois-ci ; affichage des données du { $time } ({ $reason })
sync-family-unread = Pas encore lu ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } projet
       *[other] { $formatted } projets
    }
sync-part-seats = Les décomptes de licences Jira
sync-part-group = { $count ->
        [one] Les membres de { $formatted } groupe
       *[other] Les membres de { $formatted } groupes
    }
sync-part-desk = { $count ->
        [one] Les clients de { $formatted } centre de services
       *[other] Les clients de { $formatted } centres de services
    }
sync-part-jsm-org = { $count ->
        [one] Les membres de { $formatted } organisation JSM
       *[other] Les membres de { $formatted } organisations JSM
    }
sync-part-space = { $count ->
        [one] { $formatted } espace
       *[other] { $formatted } espaces
    }
sync-skipped-permission = { $what } : lecture impossible. Le compte du site nécessite { $permission }.
sync-skipped-not-offered = { $what } : lecture impossible. Ce site ne propose pas l'API nécessaire à cette lecture.
sync-skipped-names = Notamment : { $names }
permission-administer-projects = l'autorisation de projet « Administrer les projets » (ou « Administrer Jira »)
permission-administer-jira = l'autorisation globale « Administrer Jira »
permission-browse-users = l'autorisation globale « Parcourir les utilisateurs et les groupes »
permission-desk-agent = un rôle d'agent ou d'administrateur du centre de services
permission-view-space = l'autorisation d'espace « Afficher »
sync-history = Synchronisations récentes
sync-history-started = Lancée
sync-history-outcome = Résultat
sync-history-accounts = Comptes
sync-history-requests = Requêtes
sync-outcome-running = En cours
sync-outcome-complete = Terminée
sync-outcome-failed = Échouée
sync-outcome-cancelled = Annulée

## Users
users-title = Utilisateurs
users-empty-title = Aucun utilisateur à afficher pour l'instant
users-empty-body = Les utilisateurs de l'organisation, les membres des projets Jira et des espaces Confluence ainsi que les clients Jira Service Management apparaissent ici après la première synchronisation.
users-loading = Chargement des utilisateurs…
users-tabs = Utilisateurs affichés
users-tab-org = Utilisateurs de l'organisation
users-tab-projects = Utilisateurs des projets
users-tab-customers = Clients JSM
users-tab-all = Tous
users-presets = Vues rapides
users-preset-inactive = Inactifs dans tous les produits
users-preset-warning = Avertissement
users-preset-overdue = En retard
users-preset-never = Jamais actifs
users-clear-filters = Effacer les filtres
users-count = { $count ->
        [one] { $formatted } utilisateur
       *[other] { $formatted } utilisateurs
    }
users-as-of = au { $time }
users-thresholds = · avertissement après { $warning } jours, en retard après { $overdue }
users-table-caption = Utilisateurs correspondant aux filtres
users-no-matches = Aucun utilisateur ne correspond à ces filtres.
filter-search = Rechercher
filter-search-placeholder = Nom ou adresse e-mail
filter-type = Type de compte
filter-product = Produit
filter-group = Groupe
filter-project = Projet ou espace
filter-desk = Centre de services ou organisation
filter-active-after = Dernière activité le ou après le
filter-active-before = Dernière activité avant le
filter-status = Statut
filter-inactivity = Inactivité
filter-any = Tous
filter-apply = Appliquer les filtres
column-name = Nom
column-email = Adresse e-mail
column-status = Statut
column-account-type = Type de compte
column-products = Produits
column-groups = Groupes
column-last-active = Dernière activité
column-inactivity = Inactivité
column-added = Ajout à l'organisation
column-service-desks = Centres de services
column-jsm-organizations = Organisations JSM
column-details = Détails
columns-choose = Colonnes
status-active = Actif
status-suspended = Suspendu
status-deactivated = Désactivé
status-pending = Invité
class-managed = Géré
class-external = Externe
class-customer = Client
class-app = Application
inactivity-active = Actif récemment
inactivity-warning = Avertissement
inactivity-overdue = En retard
inactivity-never = Jamais actif
never-active = Jamais
email-hidden = Masquée par les paramètres de confidentialité de l'utilisateur
org-admin = Admin de l'organisation
open-in-admin = Ouvrir dans Atlassian Administration
list-more = { $list } +{ $more }
details = Détails
details-for = Détails de { $name }
details-close = Fermer les détails
details-missing = Utilisateur introuvable
details-account-id = ID de compte
details-org-admin = Administrateur de l'organisation
details-scim = Provisionné par le fournisseur d'identité
details-products = Produits et dernière activité
details-product = Produit
details-projects = Projets Jira
details-spaces = Espaces Confluence
details-none = Aucun
yes = Oui
no = Non
select-page = Sélectionner tous les utilisateurs de cette page
select-user = Sélectionner { $name }
selection-count = { $count ->
        [0] Aucun utilisateur sélectionné
        [one] { $formatted } utilisateur sélectionné
       *[other] { $formatted } utilisateurs sélectionnés
    }
select-all-matching = Sélectionner les { $formatted } utilisateurs correspondants
selection-clear = Effacer la sélection
pager-label = Pages
pager-previous = Précédente
pager-next = Suivante
pager-position = Page { $page } sur { $pages }
pager-size = Lignes par page :
export-matching = Exporter les utilisateurs filtrés (CSV)
export-selected = Exporter la sélection (CSV)
export-progress = Export de { $done } utilisateurs sur { $total }…
export-cancel = Annuler l'export
export-cancelled = L'export a été annulé.
export-done = { $count ->
        [one] { $formatted } utilisateur exporté.
       *[other] { $formatted } utilisateurs exportés.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Journal d'audit
audit-empty-title = Aucune entrée d'audit pour l'instant
audit-empty-body = Chaque action effectuée ici par un administrateur est consignée dans ce journal : qui l'a effectuée, quand, sur quel utilisateur et ce qu'Atlassian a répondu.
audit-loading = Chargement du journal d'audit…
audit-search-placeholder = Admin, utilisateur, action, détails ou ID de requête
audit-filter-from = Du (jour UTC)
audit-filter-to = Au (jour UTC)
audit-filter-admin = Admin
audit-filter-action = Action
audit-filter-outcome = Résultat
audit-filter-user = Utilisateur concerné
audit-filter-user-placeholder = ID de compte, nom ou adresse e-mail
audit-count = { $count ->
        [one] { $formatted } entrée
       *[other] { $formatted } entrées
    }
audit-no-matches = Aucune entrée ne correspond à ces filtres.
audit-table-caption = Entrées du journal d'audit, les plus récentes en premier
audit-column-time = Heure (UTC)
audit-column-admin = Admin
audit-column-action = Action
audit-column-user = Utilisateur concerné
audit-column-outcome = Résultat
audit-column-status = Statut Atlassian
audit-column-request = ID de requête
audit-column-details = Détails
audit-column-entry = Entrée
audit-entry-open = Détails de l'entrée { $seq }
audit-entry-title = Entrée n° { $seq }
audit-job = Tâche { $id }
audit-export = Exporter en CSV
audit-export-progress = Export de { $done } entrées sur { $total }…
audit-export-done = { $count ->
        [one] { $formatted } entrée exportée.
       *[other] { $formatted } entrées exportées.
    }
audit-chain-broken = Chaîne rompue à l'entrée n° { $seq } : { $reason }
audit-chain-broken-help = Les entrées à partir de celle-ci ont pu être modifiées, supprimées ou insérées en dehors de User Account Manager. Conservez la base de données en l'état et comparez-la avec votre dernier export ou votre dernière sauvegarde.
audit-chain-unchecked = La chaîne de hachage n'a pas pu être vérifiée.
audit-checkpoints-missing = Points de contrôle signés manquants : le fichier des points de contrôle ne contient plus le point de contrôle de l'entrée n° { $seq } écrit par ce serveur.
audit-checkpoints-missing-help = Le fichier a été supprimé, remplacé par une copie plus ancienne ou tronqué : les entrées jusqu'à celle-ci ne peuvent plus être vérifiées par une signature. Restaurez le fichier depuis votre copie (le journal du serveur contient aussi chaque point de contrôle) et conservez la base de données en l'état.
audit-action-sign_in = Connexion
audit-action-sign_out = Déconnexion
audit-action-authn_denied = Accès refusé
audit-action-session_ended = Session terminée
audit-action-local_admin_created = Admin local créé
audit-action-settings_changed = Paramètre modifié
audit-action-secret_replaced = Identifiant secret remplacé
audit-action-data_exported = Données exportées
audit-action-data_deleted = Données supprimées
audit-action-audit_viewed = Journal d'audit consulté
audit-action-audit_export = Journal d'audit exporté
audit-action-users_exported = Utilisateurs exportés
audit-outcome-ok = Réussi
audit-outcome-denied = Refusé
audit-outcome-failed = Échec
audit-outcome-intent = Intention
audit-outcome-skipped = Ignoré
audit-outcome-blocked = Bloqué
audit-action-data_erasure_scheduled = Suppression de toutes les données planifiée
audit-action-data_erasure_cancelled = Suppression planifiée annulée
audit-action-audit_pruned = Anciennes entrées d'audit supprimées
audit-action-bulk_job_queued = Tâche groupée mise en file d'attente
audit-action-bulk_job_cancel = Arrêt de la tâche groupée demandé
audit-action-bulk_job_refused = Tâche groupée refusée
audit-action-bulk_job_ended = Tâche groupée terminée
audit-action-bulk_deactivate = Désactivation groupée
audit-action-bulk_reactivate = Réactivation groupée
audit-action-bulk_revoke_access = Retrait groupé de l'accès aux produits
audit-action-bulk_assign_access = Attribution groupée de l'accès aux produits
audit-action-bulk_remove_customer = Suppression groupée de clients JSM
audit-action-bulk_undo_deactivate = Désactivation groupée (annulation)
audit-action-bulk_undo_reactivate = Réactivation groupée (annulation)
audit-action-bulk_undo_revoke_access = Retrait groupé de l'accès aux produits (annulation)
audit-action-bulk_undo_assign_access = Attribution groupée de l'accès aux produits (annulation)
audit-action-bulk_undo_remove_customer = Suppression groupée de clients JSM (annulation)
audit-outcome-refused = Rejeté
audit-outcome-unknown = Résultat inconnu
audit-outcome-not_sent = Non envoyé
audit-outcome-reread = Confirmé par relecture
audit-outcome-queued = En file d'attente
audit-outcome-running = En cours
audit-outcome-cancelling = Arrêt en cours
audit-outcome-cancelled = Arrêtée
audit-outcome-finished = Terminée
audit-csv-seq = Entrée
audit-csv-time = Heure (UTC)
audit-csv-actor = ID de l'admin
audit-csv-actor-name = Nom de l'admin
audit-csv-auth-via = Connecté avec
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Installation du panneau Jira
audit-csv-action = Action
audit-csv-target = Cible
audit-csv-target-name = Nom de l'utilisateur concerné
audit-csv-target-email = Adresse e-mail de l'utilisateur concerné
audit-csv-outcome = Résultat
audit-csv-atlassian-status = Statut Atlassian
audit-csv-request-id = ID de requête
audit-csv-job-id = Tâche
audit-csv-details = Détails
audit-csv-prev-hash = Hachage précédent
audit-csv-hash = Hachage
audit-filter-source = Provenance
audit-source-both = Cette application et Atlassian
audit-source-app = Cette application
audit-source-atlassian = Atlassian
audit-atlassian-note = Signalé par Atlassian ; ne fait pas partie de la chaîne de hachage de cette application.
audit-event-open = Détails de l'événement Atlassian { $seq }
audit-event-title = Événement Atlassian n° { $seq }
audit-csv-source = Provenance
audit-csv-event-id = ID de l'événement Atlassian
audit-csv-ip = Adresse IP
audit-csv-product = Produit
audit-action-user_deactivated = Utilisateur désactivé
audit-action-user_reactivated = Utilisateur réactivé
audit-action-user_access_suspended = Accès de l'utilisateur suspendu
audit-action-user_access_restored = Accès de l'utilisateur rétabli
audit-action-user_added_to_group = Utilisateur ajouté au groupe
audit-action-user_removed_from_group = Utilisateur retiré du groupe
audit-action-group_granted_role = Rôle produit accordé au groupe
audit-action-group_revoked_role = Rôle produit retiré au groupe
audit-action-user_granted_role = Rôle produit accordé à l'utilisateur
audit-action-user_revoked_role = Rôle produit retiré à l'utilisateur
audit-action-added_org_admin = Administrateur de l'organisation ajouté
audit-action-removed_org_admin = Administrateur de l'organisation retiré
audit-action-service_desk_customer_added = Client du service desk ajouté
audit-action-service_desk_customer_removed = Client du service desk retiré
audit-action-project_role_actor_added = Ajouté à un rôle de projet
audit-action-project_role_actor_removed = Retiré d'un rôle de projet

## Settings
settings-title = Paramètres


settings-api-key-docs = Comment créer une clé d'API Admin

## Not found
not-found-title = Page introuvable
not-found-body = Il n'existe aucune page à cette adresse. Le lien est peut-être mal saisi, ou la page a peut-être été déplacée.
not-found-action = Aller au tableau de bord

## Demo mode
demo-badge = Organisation de démonstration
demo-banner = { $org } est une organisation simulée : vous pouvez l'explorer sans risque, rien ici ne touche à un vrai compte Atlassian.
demo-connect = Connecter votre organisation

## Errors a request can end in
error-unauthorized = Votre session a expiré. Reconnectez-vous pour continuer.
error-forbidden = Seuls les administrateurs de l'organisation peuvent effectuer cette action.
error-not-found = Cet élément n'existe plus. Il a peut-être été supprimé dans Atlassian.
error-invalid-input = Certaines valeurs saisies ne sont pas valides. Vérifiez les champs mis en évidence.
error-atlassian-unavailable = Atlassian ne répond pas pour le moment. Réessayez dans quelques minutes.
error-sync-running = Une synchronisation est déjà en cours. Attendez qu'elle se termine ou annulez-la d'abord.
error-no-snapshot = Aucune synchronisation n'a encore été effectuée. La première démarre automatiquement ; elle peut prendre quelques minutes.
error-transport = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
error-internal = Une erreur s'est produite sur le serveur. Le journal du serveur contient les détails.
error-payload-too-large = Cette requête dépasse la taille acceptée par le serveur, rien n'a donc été fait. Envoyez-en moins à la fois, par exemple moins d'entrées.
error-timeout = Le serveur a interrompu cette requête, car elle prenait trop de temps. Réessayez dans un instant ou demandez-en moins à la fois.

## CSV export column headers
csv-name = Nom
csv-email = Adresse e-mail
csv-status = Statut
csv-account-type = Type de compte
csv-products = Produits
csv-product-last-active = Dernière activité par produit
csv-last-active = Dernière activité
csv-groups = Groupes
csv-inactivity = Inactivité
csv-service-desks = Centres de services
csv-jsm-organizations = Organisations JSM

## Signing in
login-title = Connexion
login-intro = Seuls les administrateurs de l'organisation peuvent utiliser User Account Manager.
login-atlassian = Se connecter avec Atlassian
login-demo-admins = Dans cette démonstration, ces comptes simulés sont administrateurs de l'organisation. Choisissez-en un sur la page de connexion Atlassian simulée ; tout autre compte est refusé.
login-local-title = Compte administrateur local
login-login = Identifiant
login-password = Mot de passe
login-totp = Code d'authentification
login-totp-hint = Uniquement si votre compte utilise une application d'authentification.
login-submit = Se connecter
login-setup-pending = Aucun compte administrateur local n'existe encore. Au démarrage, le serveur a affiché un lien de configuration à usage unique qui permet de créer le premier ; la commande uam admin create fait de même.
login-signed-out = Vous êtes déconnecté.
login-refused-title = Connexion refusée
login-back = Retour à la connexion
login-error-invalid = L'identifiant, le mot de passe ou le code d'authentification est incorrect.
login-error-locked = Trop de tentatives infructueuses. Patientez 15 minutes, puis réessayez.
login-error-totp = Le code d'authentification est manquant ou incorrect.
login-error-not-admin = Ce compte Atlassian n'est pas administrateur de cette organisation, ou ne figure pas dans la liste des administrateurs autorisés à utiliser ce serveur.
login-error-unavailable = La connexion est impossible pour le moment : Atlassian ou la base de données du serveur n'a pas répondu. Réessayez dans une minute.
login-error-state = Cette connexion a expiré, a déjà été utilisée ou a été lancée dans un autre navigateur. Recommencez depuis la page de connexion.
login-error-setup-link = Ce lien de configuration a expiré ou a déjà été utilisé. Redémarrez le serveur pour en afficher un nouveau, ou créez un administrateur avec la commande uam admin create.
login-error-setup-input = Vérifiez les champs : l'identifiant ne contient pas d'espace, le nom est renseigné, le mot de passe comporte au moins 12 caractères et les deux mots de passe sont identiques.
login-error-expired = Votre session a expiré. Reconnectez-vous.

## First-run set-up
setup-title = Créer le premier compte administrateur
setup-intro = Ce compte se connecte avec son propre mot de passe. Conservez-le comme compte de secours : une fois la connexion Atlassian configurée, les administrateurs de l'organisation se connectent avec Atlassian.
setup-login = Identifiant (adresse e-mail ou nom court)
setup-name = Votre nom
setup-password = Mot de passe (12 caractères minimum)
setup-password-again = Confirmer le mot de passe
setup-totp-title = Application d'authentification
setup-totp-optional = Recommandé : scannez ce code avec une application d'authentification et saisissez le code qu'elle affiche. Laissez le champ vide pour ignorer cette étape.
setup-totp-required = Ce serveur exige une application d'authentification : scannez ce code avec l'une d'elles et saisissez le code qu'elle affiche.
setup-totp-key = Ou saisissez cette clé manuellement :
setup-totp-qr = QR code pour l'application d'authentification
setup-totp-code = Code de l'application
setup-submit = Créer le compte et se connecter

## The signed-in admin
account-via-local = Compte local
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = depuis Jira
account-sign-out = Se déconnecter

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Ouverture de User Account Manager…
embed-expired = La session de ce panneau a expiré. Rouvrez User Account Manager depuis l'administration de Jira pour continuer.
embed-refused = Seuls les administrateurs de cette organisation peuvent utiliser User Account Manager dans Jira, et uniquement si le serveur autorise leur compte.
embed-unavailable = User Account Manager ne peut pas vérifier votre accès pour le moment : Atlassian ou le serveur n'a pas répondu. Réessayez dans une minute.

## Settings page
settings-saved = Enregistré.
settings-save = Enregistrer
settings-set-by-env = Défini par l'environnement ; modifiez-le là où le serveur est configuré.
settings-connection-title = Connexion à Atlassian
settings-connection-demo = Affichage de { $org }, l'organisation de démonstration simulée. Connectez votre propre organisation ci-dessous.
settings-connection-env = Connecté à l'organisation { $org }, configurée par l'environnement du serveur.
settings-connection-saved = Connecté à l'organisation { $org }.
settings-connection-pending = La connexion enregistrée sera utilisée au prochain démarrage du serveur. Redémarrez le serveur pour vous connecter à cette organisation.
settings-admin-key = Clé d'API Admin
settings-key-placeholder = Collez une nouvelle clé pour remplacer celle enregistrée
settings-key-write-only = Écriture seule : la clé est stockée chiffrée et n'est plus jamais affichée.
settings-key-expiry = Date d'expiration de la clé
settings-key-expires = Expire le { $date }.
settings-key-expires-soon = Expire le { $date }, dans { $days } jours. Créez une nouvelle clé dans Atlassian et collez-la ici avant cette date.
settings-key-expired = A expiré le { $date }. Les synchronisations et les actions échouent tant qu'une nouvelle clé n'est pas enregistrée.
settings-secret-set = se termine par …{ $hint }, défini par { $by } le { $at }
settings-secret-unset = non défini
settings-org = ID de l'organisation
settings-find-orgs = Trouver les organisations
settings-site-title = Jira, Confluence et Jira Service Management
settings-site-body = Les rôles de projet, les membres des espaces, les clients et les licences Jira sont lus via le site, avec l'adresse e-mail et le jeton d'API d'un compte.
settings-site-url = URL du site
settings-site-email = Adresse e-mail du compte
settings-site-token = Jeton d'API
settings-site-token-again = Saisissez à nouveau le jeton chaque fois que vous modifiez l'URL du site ou l'adresse e-mail.
settings-test-connection = Tester la connexion
settings-check-admin-key = Clé d'API Admin
settings-check-org = Organisation
settings-check-directory = Utilisateurs et groupes
settings-check-site = Site
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = refusé : la clé ou le jeton est incorrect, expiré ou révoqué
settings-check-outcome-forbidden = refusé : l'identifiant n'a pas l'autorisation (scope) requise
settings-check-outcome-not-found = introuvable : vérifiez l'ID de l'organisation ou l'URL du site
settings-check-outcome-unreachable = Atlassian n'a pas répondu ; réessayez plus tard
settings-check-outcome-not-configured = non configuré
settings-check-outcome-not-on-site = absent de ce site (le site n'a pas ce produit)
settings-prices-title = Prix des licences
settings-prices-body = Facultatif. Saisissez le coût mensuel d'une licence de chaque produit pour que le tableau de bord affiche le coût des licences des utilisateurs inactifs. Laissez un produit vide pour l'exclure.
settings-currency = Devise (code ISO, par exemple USD ou EUR)
settings-thresholds-title = Seuils d'inactivité
settings-thresholds-body = Un utilisateur sans activité depuis plus longtemps que le seuil d'avertissement est marqué « avertissement » ; au-delà du seuil de retard, « en retard ». Le seuil de retard doit être supérieur au seuil d'avertissement.
settings-warning-days = Avertissement après (jours)
settings-overdue-days = En retard après (jours)
settings-protected-title = Comptes protégés
settings-protected-body = Les actions groupées ne désactivent jamais ces comptes et ne leur retirent jamais l'accès. Saisissez des adresses e-mail, des domaines entiers sous la forme *@example.com ou des ID de compte Atlassian. Les administrateurs de l'organisation et vous-même êtes toujours protégés.
settings-protected-add = Ajoutez des adresses, des domaines ou des ID de compte (vous pouvez en coller plusieurs, séparés par des virgules, des espaces ou des retours à la ligne)
settings-protected-add-button = Ajouter
settings-protected-search = Rechercher dans les comptes protégés
settings-protected-count = { $count ->
    [one] { $count } entrée protégée
   *[other] { $count } entrées protégées
}
settings-protected-remove = Supprimer
settings-schedule-title = Planification des synchronisations et conservation de l'audit
settings-sync-interval = Heures entre deux synchronisations
settings-sync-interval-hint = 0 désactive les synchronisations planifiées ; « Synchroniser » reste disponible.
settings-retention = Conserver les entrées d'audit pendant (jours)
settings-retention-hint = Au moins 180 jours (comme le journal d'audit d'Atlassian), au plus 3650 ; 0 les conserve indéfiniment.
error-invalid-entries = Ces entrées ne sont ni des adresses e-mail ni des entrées *@domaine ; rien n'a été enregistré :
settings-data-title = Vos données
settings-data-export-body = Téléchargez en une seule archive tout ce que User Account Manager stocke : les paramètres (sans les secrets), les comptes administrateurs locaux (sans les mots de passe), l'historique des synchronisations, le journal d'audit et l'instantané actuel de vos utilisateurs. L'export est consigné dans le journal d'audit.
settings-data-export = Tout exporter
settings-data-delete-body = Supprimez tout ce que User Account Manager stocke : les paramètres, la clé et le jeton enregistrés, les comptes administrateurs locaux, les sessions, les instantanés et le journal d'audit. Rien ne change dans Atlassian. Cette opération est irréversible ; exportez d'abord les données si vous risquez d'en avoir besoin.
settings-data-delete-confirm = Saisissez DELETE pour confirmer
settings-data-delete = Tout supprimer
settings-data-not-confirmed = Rien n'a été supprimé : saisissez exactement DELETE pour confirmer.
settings-data-sync-running = Rien n'a été supprimé : une synchronisation est en cours. Annulez-la ou attendez qu'elle se termine, puis réessayez.
settings-data-export-failed = L'export a échoué. Le journal du serveur contient les détails.
settings-data-delete-failed = La suppression a échoué ; rien n'a été supprimé. Le journal du serveur contient les détails.
error-reauth-failed = Le mot de passe ou le code d'authentification est incorrect. Rien n'a été planifié.
error-reauth-stale = Confirmez d'abord votre identité : reconnectez-vous avec Atlassian, puis supprimez dans les 5 minutes.
error-panel-refused = Ce n'est pas possible depuis le panneau Jira. Ouvrez User Account Manager dans son propre onglet du navigateur.
error-erasure-pending = La suppression de toutes les données est déjà planifiée. Annulez-la d'abord ou attendez qu'elle s'exécute.
settings-data-delete-delay = Rien n'est supprimé immédiatement : la suppression a lieu { $hours } heures après votre confirmation. D'ici là, chaque administrateur la voit dans le tableau de bord et peut l'annuler. Une trace signée du journal d'audit effacé est conservée.
settings-data-reauth-atlassian = Vous vous êtes connecté avec Atlassian il y a plus de 5 minutes. Pour confirmer votre identité, reconnectez-vous, puis supprimez dans les 5 minutes.
settings-data-reauth-fresh = Vous vous êtes connecté avec Atlassian il y a moins de 5 minutes, ce qui confirme votre identité.
settings-data-scheduled = La suppression de toutes les données est planifiée. Jusqu'à son exécution, tout administrateur peut l'annuler ici ou dans le tableau de bord.
erasure-title = Toutes les données vont être supprimées
erasure-body = { $name } a planifié le { $scheduled } la suppression de tout ce que User Account Manager conserve, journal d'audit compris. Elle aura lieu le { $due }, sauf si un administrateur l'annule.
erasure-cancel = Annuler la suppression
erasure-cancelled = La suppression a été annulée. Rien n'a été supprimé.
erasure-cancel-failed = La suppression n'a pas pu être annulée. Le journal du serveur contient les détails.
login-deleted = Tout a été supprimé. Le serveur a affiché un nouveau lien de configuration pour recréer le premier compte administrateur.
error-invalid-org_id = L'ID de l'organisation est manquant ou non valide : il s'agit de l'ID figurant dans admin.atlassian.com/o/<ID>/…, composé de lettres, de chiffres et de tirets.
error-invalid-admin_api_key = Collez une clé d'API Admin : aucune n'est encore enregistrée pour cette organisation.
error-invalid-site = Le site nécessite à la fois son URL, l'adresse e-mail d'un compte et le jeton d'API de ce compte.
error-invalid-site_url = L'URL du site n'est pas valide : elle est de la forme https://your-site.atlassian.net.
error-invalid-site_host = Seuls les sites https://your-site.atlassian.net sont acceptés : le jeton d'API n'est envoyé à aucun autre hôte. Un autre hôte doit d'abord être autorisé par l'exploitant du serveur (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Une nouvelle URL de site ou une nouvelle adresse e-mail de compte exige de saisir à nouveau le jeton d'API : collez le jeton de ce compte pour ce site.
error-invalid-site_email = L'adresse e-mail du compte n'est pas valide.
error-invalid-thresholds = Les deux seuils doivent être des nombres entiers de jours, le seuil de retard étant supérieur au seuil d'avertissement.
error-invalid-schedule = Saisissez des nombres entiers : les heures entre deux synchronisations et les jours de conservation du journal d'audit.
error-invalid-sync_interval_hours = Le nombre d'heures entre deux synchronisations doit être 0 (désactivé) ou compris entre 1 et 168.
error-invalid-audit_retention_days = Conservez les entrées d'audit 0 jour (indéfiniment) ou entre 180 et 3650 jours.
error-invalid-seat_prices = Saisissez un code de devise à trois lettres et des prix compris entre 0 et 100000, avec des chiffres et un point décimal.
login-atlassian-off = La connexion avec Atlassian n'est pas configurée sur ce serveur. Son exploitant peut la configurer avec une application OAuth (UAM_OAUTH_CLIENT_ID et UAM_OAUTH_CLIENT_SECRET) ; en attendant, connectez-vous avec un compte administrateur local.

## Bulk actions
bulk-title = Action groupée
bulk-undo-title = Annuler cette tâche
bulk-actions = Actions…
bulk-actions-user = Actions pour cet utilisateur…
bulk-choose = Action à effectuer
bulk-action-deactivate = Désactiver
bulk-action-reactivate = Réactiver
bulk-action-revoke_access = Retirer l'accès aux produits
bulk-action-assign_access = Accorder l'accès aux produits
bulk-action-remove_customer = Supprimer des clients JSM
bulk-every-desk = tous les centres de services
bulk-products = Produits
bulk-desks = Centres de services
bulk-desks-hint = N'en choisissez aucun pour retirer les clients de tous les centres de services dont ils font partie.
bulk-check = Vérifier les utilisateurs concernés
bulk-cancel = Annuler
bulk-checking = Vérification de chaque utilisateur auprès d'Atlassian…
bulk-starting = Démarrage de la tâche…
bulk-count-changing = { $count ->
        [one] { $formatted } utilisateur sera modifié
       *[other] { $formatted } utilisateurs seront modifiés
    }
bulk-count-already = { $count ->
        [one] { $formatted } utilisateur est déjà dans cet état
       *[other] { $formatted } utilisateurs sont déjà dans cet état
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } utilisateur ne peut pas être modifié
       *[other] { $formatted } utilisateurs ne peuvent pas être modifiés
    }
bulk-how = Mode d'exécution
bulk-method-disable_account = { $count ->
        [one] { $formatted } compte désactivé (géré par l'organisation : API de cycle de vie de la gestion des utilisateurs)
       *[other] { $formatted } comptes désactivés (gérés par l'organisation : API de cycle de vie de la gestion des utilisateurs)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } compte réactivé (géré par l'organisation : API de cycle de vie de la gestion des utilisateurs)
       *[other] { $formatted } comptes réactivés (gérés par l'organisation : API de cycle de vie de la gestion des utilisateurs)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } utilisateur perd l'accès à l'organisation (suspendu : l'organisation ne gère pas le compte)
       *[other] { $formatted } utilisateurs perdent l'accès à l'organisation (suspendus : l'organisation ne gère pas leurs comptes)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } utilisateur retrouve l'accès à l'organisation (restauré : l'organisation ne gère pas le compte)
       *[other] { $formatted } utilisateurs retrouvent l'accès à l'organisation (restaurés : l'organisation ne gère pas leurs comptes)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } utilisateur retiré des groupes qui donnent accès aux produits
       *[other] { $formatted } utilisateurs retirés des groupes qui donnent accès aux produits
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } utilisateur ajouté à un groupe qui donne accès aux produits
       *[other] { $formatted } utilisateurs ajoutés à un groupe qui donne accès aux produits
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } utilisateur perd un rôle produit attribué directement
       *[other] { $formatted } utilisateurs perdent un rôle produit attribué directement
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } utilisateur reçoit directement le rôle produit
       *[other] { $formatted } utilisateurs reçoivent directement le rôle produit
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } client retiré des centres de services
       *[other] { $formatted } clients retirés des centres de services
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } client ajouté de nouveau aux centres de services
       *[other] { $formatted } clients ajoutés de nouveau aux centres de services
    }
bulk-nothing = Aucune modification nécessaire : chaque utilisateur sélectionné est déjà dans cet état ou ne peut pas être modifié.
bulk-skipped = Non modifiés
bulk-skipped-more = … et { $count } autres.
bulk-reason = Motif
bulk-type-to-confirm = Saisissez { $count } pour confirmer
bulk-presets = Actions de nettoyage
bulk-preset-overdue = Désactiver tous les utilisateurs en retard
bulk-preset-revoke = Retirer { $product } aux utilisateurs inactifs dans ce produit depuis { $days } jours
bulk-skip-already_done = Déjà dans cet état
bulk-skip-protected = Protégé dans les paramètres
bulk-skip-org_admin = Administrateur de l'organisation : jamais modifié par une action groupée
bulk-skip-acting_admin = Votre propre compte : jamais modifié par vos propres actions groupées
bulk-skip-identity_provider = Provisionné par le fournisseur d'identité (SCIM), qui gère l'accès de ce compte
bulk-skip-lookup_failed = Impossible d'interroger Atlassian sur l'état actuel de cet utilisateur ; aucun risque n'a été pris
bulk-skip-not_found = Atlassian ne connaît plus ce compte
bulk-skip-not_applicable = Cette action ne s'applique pas à ce type de compte
bulk-skip-no_way = L'accès provient d'une source que ce produit ne peut pas modifier
bulk-skip-direct_role_unavailable = Attribué directement, et cette organisation ne propose pas l'API Atlassian des rôles produit directs (disponibilité limitée) : rien n'a été risqué
bulk-step-disable_account = Compte désactivé
bulk-step-enable_account = Compte réactivé
bulk-step-suspend = Accès à l'organisation suspendu
bulk-step-restore = Accès à l'organisation restauré
bulk-step-leave_group = Retiré du groupe { $object }
bulk-step-join_group = Ajouté au groupe { $object }
bulk-step-revoke_role = Rôle { $object } retiré
bulk-step-assign_role = Rôle { $object } attribué
bulk-step-remove_customer = Retiré des clients de { $object }
bulk-step-add_customer = Ajouté aux clients de { $object }

## Jobs
nav-jobs = Tâches
jobs-title = Tâches
jobs-intro = Les actions groupées s'exécutent sous forme de tâches sur le serveur : elles se poursuivent si vous fermez l'onglet, tous les administrateurs les voient, et elles s'exécutent une par une, les autres attendant leur tour.
jobs-loading = Chargement des tâches…
jobs-empty-title = Aucune tâche pour l'instant
jobs-empty-body = Les actions groupées lancées depuis la page Utilisateurs ou le tableau de bord apparaissent ici, avec leur progression et le résultat pour chaque utilisateur.
jobs-caption = Tâches d'actions groupées, les plus récentes en premier
job-title = Tâche
job-back = Toutes les tâches
job-loading = Chargement de la tâche…
job-action = Action
job-state = État
job-progress = Progression
job-started-by = Lancée par
job-created = Créée
job-started = Démarrée
job-finished = Terminée
job-counts = { $done } effectués, { $skipped } ignorés, { $failed } en échec sur { $total }
job-count-done = { $formatted } effectués
job-count-skipped = { $formatted } ignorés
job-count-failed = { $formatted } en échec
job-count-unknown = { $formatted } interrompus, résultat inconnu
job-count-cancelled = { $formatted } non traités (tâche arrêtée)
job-count-pending = { $formatted } en attente
job-waiting = En attente de la limite de débit d'Atlassian jusqu'à { $time }
job-queue-position = { $count ->
        [0] En file d'attente : prochaine à s'exécuter
        [one] En file d'attente : { $count } tâche avant celle-ci
       *[other] En file d'attente : { $count } tâches avant celle-ci
    }
job-undo-of = Cette tâche annule une tâche précédente.
job-open-original = Ouvrir la tâche d'origine
job-undone-by = Cette tâche a été annulée.
job-open-undo = Ouvrir la tâche d'annulation
job-undone-by-short = annulée
job-error = Arrêtée prématurément :
job-stopped-panic = une erreur interne a arrêté cette tâche. Les utilisateurs qu'elle n'avait pas encore atteints n'ont pas été modifiés.
job-stopped-not-admin = l'administrateur qui l'a lancée n'est plus un administrateur de l'organisation autorisé à utiliser ce serveur ; elle a donc été refusée.
job-stopped-admin-unconfirmed = Atlassian n'a pas pu confirmer que l'administrateur qui l'a lancée est toujours administrateur de l'organisation ; elle a donc été refusée.
job-cancel = Arrêter la tâche
job-undo = Annuler cette tâche
job-results = Résultats par utilisateur
job-filter = Afficher
job-filter-all = Tous
job-item-state = Résultat
job-steps = Étapes
job-outcome = Motif et réponse d'Atlassian
job-no-items = Aucun utilisateur dans cet état.
job-atlassian-status = Réponse d'Atlassian : { $status }
job-request-id = ID de requête
job-state-queued = En file d'attente
job-state-running = En cours
job-state-cancelling = Arrêt en cours
job-state-cancelled = Arrêtée
job-state-finished = Terminée
job-state-failed = Échec
job-item-pending = En attente
job-item-running = En cours
job-item-done = Effectué
job-item-skipped = Ignoré
job-item-failed = Échec
job-item-unknown = Résultat inconnu
job-item-cancelled = Non traité

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Afficher mes consultations du journal
audit-views-hidden = Vos propres consultations du journal, masquées : { $formatted }.
audit-views-show = Les afficher
audit-chain-verified-through = Chaîne vérifiée jusqu’à l’entrée #{ $last }, dernier point de contrôle signé #{ $seq } le { $time }.
audit-chain-verified-through-unsigned = Chaîne vérifiée jusqu’à l’entrée #{ $last }, aucun point de contrôle signé pour l’instant.
audit-job-titled = { $title } · tâche { $id }
audit-csv-details-json = Détails (JSON)
audit-say-via-local = Connexion avec un compte local.
audit-say-via-atlassian = Connexion avec Atlassian.
audit-say-via-forge = Connexion depuis le panneau Jira.
audit-say-refused = Refusé : { $reason }
audit-say-attempts = Tentatives échouées : { $count }, depuis le { $since }.
audit-say-from = Depuis l’adresse { $address }.
audit-say-session-ended = L’administrateur n’est plus administrateur de l’organisation : la session a été fermée.
audit-say-totp-on = Se connecte avec un mot de passe et un code d’authentification.
audit-say-totp-off = Se connecte avec un mot de passe seulement.
audit-say-setting = { $setting } modifié de { $before } à { $after }.
audit-say-secret = { $setting } remplacé : l’ancien se terminait par { $before }, le nouveau se termine par { $after }.
audit-say-secret-first = { $setting } défini : il se termine par { $after }.
audit-say-nothing = rien
audit-say-yes = oui
audit-say-no = non
audit-say-data-exported = Tout a été exporté : utilisateurs : { $users }, taille : { $size } Ko.
audit-say-data-deleted = Tout ce qui était stocké a été supprimé ; le journal recommence ici.
audit-say-erasure-times = Planifiée le { $scheduled }, prévue le { $due }.
audit-say-erasure-due = Tout sera supprimé le { $due }, sauf si un administrateur annule.
audit-say-erasure-cancelled = Suppression annulée, que { $by } avait planifiée pour le { $due }.
audit-say-viewed = Journal consulté.
audit-say-filter = Filtres : { $filter }.
audit-say-audit-export = Entrées exportées : { $count }.
audit-say-pruned = Entrées supprimées selon la durée de conservation : { $count }, toutes antérieures au { $cutoff } ; la dernière était #{ $seq }.
audit-say-users-exported = Utilisateurs exportés depuis une vue du tableau des utilisateurs : { $count }.
audit-say-users-selected = Utilisateurs sélectionnés exportés : { $count }.
audit-say-job-queued = Utilisateurs dans le plan : { $users } ; à modifier : { $changing } ; laissés tels quels : { $skipped }.
audit-say-job-cancel = Arrêt de la tâche demandé ; les utilisateurs en cours sont terminés d’abord.
audit-say-job-ended = La tâche s’est terminée ({ $state }) : { $counts }.
audit-say-step-intent = Demande sur le point d’être envoyée à Atlassian : { $step }.
audit-say-step-failed = Échec (tentative { $attempt }) : { $step }. Réponse d’Atlassian : { $error }
audit-say-reread-yes = Une nouvelle lecture de l’utilisateur a montré que la modification était faite.
audit-say-reread-no = Une nouvelle lecture de l’utilisateur a montré que la modification n’était pas faite.
audit-say-interrupted = Interrompu par un redémarrage du serveur, puis réglé en relisant l’utilisateur.
audit-say-skip-preflight = Laissé tel quel lors de la vérification préalable : { $reason }.
audit-say-error = Erreur : { $error }
audit-say-exercise = Écrit pour vérifier le vocabulaire d’audit ; aucun administrateur n’a effectué cette action.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian n'a pas répondu à temps. Réessayez dans un instant.
error-invalid-admin_api_key_refused = Atlassian a refusé cette clé : elle est erronée, expirée ou révoquée, ou elle ne peut pas lire les organisations. Vérifiez-la dans admin.atlassian.com.
settings-no-answer = Atlassian n'a pas répondu en { $seconds } secondes. Réessayez dans un instant ; si cela se reproduit, Atlassian rencontre peut-être des problèmes.
settings-finding-orgs = Recherche des organisations…
settings-orgs-found = Organisations visibles avec cette clé : { $count }. Choisissez-en une dans le champ ID d'organisation.
settings-orgs-none = Cette clé ne voit aucune organisation. Vérifiez qu'il s'agit d'une clé API d'administration de l'organisation et non d'un jeton API personnel.
settings-checking = Vérification de la connexion à Atlassian…
settings-check-col-check = Vérification
settings-check-col-result = Résultat
settings-check-col-detail = Signification
settings-check-result-ok = Fonctionne
settings-check-result-unused = Non utilisé
settings-check-result-failed = À corriger
settings-check-ok-detail = Atlassian a accepté les identifiants et a répondu.
settings-check-status = Réponse d'Atlassian, pour le support : HTTP { $status }
settings-check-summary = Vérifications réussies : { $working } sur { $total }.
settings-check-outcome-timeout = pas de réponse en { $seconds } secondes : Atlassian est peut-être lent ou indisponible ; réessayez dans quelques minutes
settings-check-outcome-rate-limited = Atlassian limite les requêtes en ce moment (trop en peu de temps) ; réessayez dans une minute
settings-check-outcome-server-error = Atlassian a rencontré un problème de son côté et n'a pas pu répondre ; réessayez plus tard
settings-check-outcome-rejected = Atlassian a refusé la requête telle qu'envoyée ; le journal du serveur donne les détails
settings-nav-label = Sections des paramètres
settings-danger-title = Zone dangereuse
settings-danger-unlock = Le bouton s'active une fois DELETE saisi.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Désactiver { $users }
job-title-reactivate = Réactiver { $users }
job-title-revoke_access = Retirer { $subjects } à { $users }
job-title-assign_access = Donner { $subjects } à { $users }
job-title-remove_customer = Retirer { $users } de { $subjects }
job-title-add_customer = Rajouter { $users } à { $subjects }
job-undo-of-job = annulation de la tâche { $job }
bulk-plan-disable_account = Désactiver (compte géré)
bulk-plan-enable_account = Réactiver (compte géré)
bulk-plan-suspend = Suspendre l'accès à l'organisation
bulk-plan-restore = Rétablir l'accès à l'organisation
bulk-plan-leave_group = Retirer du groupe { $object }
bulk-plan-join_group = Ajouter au groupe { $object }
bulk-plan-revoke_role = Retirer l'accès à { $object }
bulk-plan-assign_role = Donner l'accès à { $object }
bulk-plan-remove_customer = Retirer de { $object }
bulk-plan-add_customer = Rajouter à { $object }
bulk-changing = Utilisateurs qui changeront
bulk-change = Changement
bulk-search = Rechercher par nom ou adresse e-mail
bulk-search-none = Aucun utilisateur ne correspond à cette recherche.
job-outcome-confirmed = Fait : Atlassian a confirmé le changement
job-outcome-refused = Atlassian a refusé le changement
job-outcome-unavailable = Atlassian n'a pas accepté le changement pour l'instant (occupé ou indisponible)
bulk-their-desks = les centres de services où ils étaient

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtres
filters-active = Filtres appliqués
filter-chip = { $name } : { $value }
filter-remove = Retirer le filtre : { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Sans accès
card-no-access = Connexion impossible (suspendus ou désactivés) : { $formatted }
column-places = Projets et espaces
csv-places = Projets et espaces (rôles)
places-more = +{ $more } autres
export-style = Cellules CSV
export-style-readable = Libellés lisibles
export-style-codes = Codes pour scripts
