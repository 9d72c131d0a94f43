## The language's own name, shown in the language picker.
language-name = Português (Brasil)

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Pular para o conteúdo
nav-label = Navegação principal
nav-dashboard = Painel
nav-users = Usuários
nav-audit = Log de auditoria
nav-settings = Configurações
prefs-language = Idioma
prefs-theme = Tema
prefs-apply = Aplicar
theme-system = Tema do sistema
theme-light = Tema claro
theme-dark = Tema escuro
error-title = Algo deu errado
error-body = Não foi possível exibir esta parte da página. Recarregue a página para tentar novamente; se o problema continuar, consulte os detalhes no log do servidor.

## Dashboard
dashboard-title = Painel
dashboard-empty-title = Ainda não há dados da organização
dashboard-empty-body = Conecte sua organização da Atlassian em Configurações. Após a primeira sincronização, este painel mostra seus usuários, a atividade deles e o uso de licenças no Jira, no Confluence e no Jira Service Management.
dashboard-empty-action = Abrir Configurações
dashboard-first-sync-title = Lendo sua organização
dashboard-first-sync-body = A primeira sincronização está lendo usuários, grupos e acesso a produtos da Atlassian. O progresso é mostrado acima; os números aparecem aqui assim que ela terminar.
dashboard-first-sync-working = Sincronizando…
dashboard-summary = Resumo
card-total = Total de usuários
card-total-detail = { $org } usuários da organização e { $customers } clientes
card-active = Ativos recentemente
card-active-detail = Usuários da organização que usaram um produto nos últimos { $days } dias
card-inactive = Usuários inativos
card-customers = Clientes do JSM
threshold-warning = Sem atividade há { $days } dias ou mais
threshold-overdue = Sem atividade há { $days } dias ou mais
threshold-never = Nenhuma atividade registrada
utilisation-title = Uso de licenças
utilisation-seats = { $used } de { $capacity } licenças ({ $percent })
utilisation-near = Quase esgotadas: revise os usuários inativos antes de comprar mais licenças.
utilisation-over = Todas as licenças estão em uso: novos usuários não podem receber acesso até que licenças sejam liberadas ou compradas.
products-title = Produtos
products-product = Produto
products-users = Usuários com acesso
products-seats = Licenças usadas
products-cost = Custo mensal de licenças inativas
products-cost-hint = Informe um preço por licença para ver quanto as licenças inativas custam por mês.
products-cost-set = Definir preços em Configurações
chart-title = Última atividade
chart-intro = Quando os usuários da organização com conta ativa usaram algum produto pela última vez.
chart-days = { $from } a { $to } dias
chart-more-than = Mais de { $days } dias
chart-table-caption = Última atividade dos usuários da organização com conta ativa
chart-last-active = Última atividade
chart-users = Usuários
sync-title = Sincronização
sync-last = Dados de { $time }: { $formatted } { $count ->
        [one] conta
       *[other] contas
    }.
sync-never = Nada foi sincronizado ainda.
sync-next = Próxima sincronização agendada: { $time }
sync-incremental = Última verificação das alterações feitas na Atlassian em { $time }: { $formatted } { $count ->
        [one] usuário atualizado
       *[other] usuários atualizados
    }.
sync-incremental-failed = A verificação das alterações feitas na Atlassian em { $time } falhou: { $reason }
sync-failed = A sincronização iniciada em { $time } falhou: { $reason }
sync-now = Sincronizar agora
sync-cancel = Cancelar sincronização
sync-phase-starting = Iniciando
sync-phase-collecting = Lendo dados da Atlassian
sync-phase-indexing = Criando o instantâneo
sync-items = { $done } contas lidas
sync-items-of = { $done } de cerca de { $total } contas lidas
sync-waits = { $requests } solicitações; { $seconds } s de espera pelos limites de taxa da Atlassian
sync-families = Produtos lidos
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Completo
sync-family-partial = Lido em parte
sync-family-not-on-site = Não está neste site
sync-family-not-configured = Não lido: nenhuma conta do site está configurada
sync-family-stale = Não lido desta vez; mostrando dados de { $time } ({ $reason })
sync-family-unread = Ainda não lido ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } projeto
       *[other] { $formatted } projetos
    }
sync-part-seats = As contagens de licenças do Jira
sync-part-group = { $count ->
        [one] Os membros de { $formatted } grupo
       *[other] Os membros de { $formatted } grupos
    }
sync-part-desk = { $count ->
        [one] Os clientes de { $formatted } central de serviços
       *[other] Os clientes de { $formatted } centrais de serviços
    }
sync-part-jsm-org = { $count ->
        [one] Os membros de { $formatted } organização do JSM
       *[other] Os membros de { $formatted } organizações do JSM
    }
sync-part-space = { $count ->
        [one] { $formatted } espaço
       *[other] { $formatted } espaços
    }
sync-skipped-permission = { $what }: não foi possível fazer a leitura. A conta do site exige { $permission }.
sync-skipped-not-offered = { $what }: não foi possível fazer a leitura. Este site não oferece a API necessária.
sync-skipped-names = Incluindo: { $names }
permission-administer-projects = a permissão de projeto "Administrar projetos" (ou "Administrar o Jira")
permission-administer-jira = a permissão global "Administrar o Jira"
permission-browse-users = a permissão global "Procurar usuários e grupos"
permission-desk-agent = uma função de agente ou administrador da central de serviços
permission-view-space = a permissão de espaço "Visualizar"
sync-history = Sincronizações recentes
sync-history-started = Início
sync-history-outcome = Resultado
sync-history-accounts = Contas
sync-history-requests = Solicitações
sync-outcome-running = Em andamento
sync-outcome-complete = Concluída
sync-outcome-failed = Falhou
sync-outcome-cancelled = Cancelada

## Users
users-title = Usuários
users-empty-title = Ainda não há usuários para mostrar
users-empty-body = Os usuários da organização, os membros de projetos do Jira e de espaços do Confluence e os clientes do Jira Service Management aparecem aqui após a primeira sincronização.
users-loading = Carregando usuários…
users-tabs = Quais usuários
users-tab-org = Usuários da organização
users-tab-projects = Usuários de projetos
users-tab-customers = Clientes do JSM
users-tab-all = Todos
users-presets = Visualizações rápidas
users-preset-inactive = Inativos em todos os produtos
users-preset-warning = Alerta
users-preset-overdue = Atrasados
users-preset-never = Nunca ativos
users-clear-filters = Limpar filtros
users-count = { $count ->
        [one] { $formatted } usuário
       *[other] { $formatted } usuários
    }
users-as-of = em { $time }
users-thresholds = · alerta após { $warning } dias, atrasado após { $overdue }
users-table-caption = Usuários que correspondem aos filtros
users-no-matches = Nenhum usuário corresponde a esses filtros.
filter-search = Pesquisar
filter-search-placeholder = Nome ou e-mail
filter-type = Tipo de conta
filter-product = Produto
filter-group = Grupo
filter-project = Projeto ou espaço
filter-desk = Central de serviços ou organização
filter-active-after = Última atividade a partir de
filter-active-before = Última atividade antes de
filter-status = Status
filter-inactivity = Inatividade
filter-any = Qualquer
filter-apply = Aplicar filtros
column-name = Nome
column-email = E-mail
column-status = Status
column-account-type = Tipo de conta
column-products = Produtos
column-groups = Grupos
column-last-active = Última atividade
column-inactivity = Inatividade
column-added = Adicionado à organização
column-service-desks = Centrais de serviços
column-jsm-organizations = Organizações do JSM
column-details = Detalhes
columns-choose = Colunas
status-active = Ativo
status-suspended = Suspenso
status-deactivated = Desativado
status-pending = Convidado
class-managed = Gerenciada
class-external = Externa
class-customer = Cliente
class-app = Aplicativo
inactivity-active = Ativo recentemente
inactivity-warning = Alerta
inactivity-overdue = Atrasado
inactivity-never = Nunca ativo
never-active = Nunca
email-hidden = Oculto pelas configurações de privacidade do usuário
org-admin = Admin. da organização
open-in-admin = Abrir no Atlassian Administration
list-more = { $list } +{ $more }
details = Detalhes
details-for = Detalhes de { $name }
details-close = Fechar detalhes
details-missing = Usuário não encontrado
details-account-id = ID da conta
details-org-admin = Administrador da organização
details-scim = Provisionado pelo provedor de identidade
details-products = Produtos e última atividade
details-product = Produto
details-projects = Projetos do Jira
details-spaces = Espaços do Confluence
details-none = Nenhum
yes = Sim
no = Não
select-page = Selecionar todos os usuários desta página
select-user = Selecionar { $name }
selection-count = { $count ->
        [0] Nenhum usuário selecionado
        [one] { $formatted } usuário selecionado
       *[other] { $formatted } usuários selecionados
    }
select-all-matching = Selecionar todos os { $formatted } correspondentes
selection-clear = Limpar seleção
pager-label = Páginas
pager-previous = Anterior
pager-next = Próxima
pager-position = Página { $page } de { $pages }
pager-size = Linhas por página:
export-matching = Exportar usuários filtrados (CSV)
export-selected = Exportar usuários selecionados (CSV)
export-progress = Exportando { $done } de { $total } usuários…
export-cancel = Cancelar exportação
export-cancelled = A exportação foi cancelada.
export-done = { $count ->
        [one] { $formatted } usuário exportado.
       *[other] { $formatted } usuários exportados.
    }

## Formats
format-percent = { $value }%
format-money = { $currency } { $amount }

## Audit log
audit-title = Log de auditoria
audit-empty-title = Ainda não há entradas de auditoria
audit-empty-body = Toda ação que um administrador realiza aqui é registrada neste log: quem a realizou, quando, com qual usuário e o que a Atlassian respondeu.
audit-loading = Carregando o log de auditoria…
audit-search-placeholder = Administrador, usuário, ação, detalhes ou ID da solicitação
audit-filter-from = De (dia UTC)
audit-filter-to = Até (dia UTC)
audit-filter-admin = Administrador
audit-filter-action = Ação
audit-filter-outcome = Resultado
audit-filter-user = Usuário afetado
audit-filter-user-placeholder = ID da conta, nome ou e-mail
audit-count = { $count ->
        [one] { $formatted } entrada
       *[other] { $formatted } entradas
    }
audit-no-matches = Nenhuma entrada corresponde a esses filtros.
audit-table-caption = Entradas do log de auditoria, das mais recentes para as mais antigas
audit-column-time = Hora (UTC)
audit-column-admin = Administrador
audit-column-action = Ação
audit-column-user = Usuário afetado
audit-column-outcome = Resultado
audit-column-status = Status da Atlassian
audit-column-request = ID da solicitação
audit-column-details = Detalhes
audit-column-entry = Entrada
audit-entry-open = Detalhes da entrada { $seq }
audit-entry-title = Entrada nº { $seq }
audit-job = Tarefa { $id }
audit-export = Exportar CSV
audit-export-progress = Exportando { $done } de { $total } entradas…
audit-export-done = { $count ->
        [one] { $formatted } entrada exportada.
       *[other] { $formatted } entradas exportadas.
    }
audit-chain-broken = Cadeia rompida na entrada nº { $seq }: { $reason }
audit-chain-broken-help = As entradas a partir desta podem ter sido alteradas, removidas ou inseridas fora do User Account Manager. Mantenha o banco de dados como está e compare-o com sua última exportação ou backup.
audit-chain-unchecked = Não foi possível verificar a cadeia de hashes.
audit-checkpoints-missing = Pontos de verificação assinados ausentes: o arquivo de pontos de verificação não contém mais o ponto de verificação da entrada #{ $seq } que este servidor gravou.
audit-checkpoints-missing-help = O arquivo foi excluído, substituído por uma cópia mais antiga ou truncado, então as entradas até esta não podem mais ser conferidas com uma assinatura. Restaure o arquivo a partir da sua cópia (o log do servidor também contém todos os pontos de verificação) e mantenha o banco de dados como está.
audit-action-sign_in = Login
audit-action-sign_out = Logout
audit-action-authn_denied = Acesso recusado
audit-action-session_ended = Sessão encerrada
audit-action-local_admin_created = Administrador local criado
audit-action-settings_changed = Configuração alterada
audit-action-secret_replaced = Credencial substituída
audit-action-data_exported = Dados exportados
audit-action-data_deleted = Dados excluídos
audit-action-audit_viewed = Log de auditoria visualizado
audit-action-audit_export = Log de auditoria exportado
audit-action-users_exported = Usuários exportados
audit-outcome-ok = Sucesso
audit-outcome-denied = Negado
audit-outcome-failed = Falha
audit-outcome-intent = Intenção
audit-outcome-skipped = Ignorado
audit-outcome-blocked = Bloqueado
audit-action-data_erasure_scheduled = Exclusão de todos os dados agendada
audit-action-data_erasure_cancelled = Exclusão agendada cancelada
audit-action-audit_pruned = Entradas de auditoria antigas removidas
audit-action-bulk_job_queued = Tarefa em massa na fila
audit-action-bulk_job_cancel = Cancelamento da tarefa em massa solicitado
audit-action-bulk_job_refused = Tarefa em massa recusada
audit-action-bulk_job_ended = Tarefa em massa encerrada
audit-action-bulk_deactivate = Desativação em massa
audit-action-bulk_reactivate = Reativação em massa
audit-action-bulk_revoke_access = Revogação em massa de acesso a produtos
audit-action-bulk_assign_access = Atribuição em massa de acesso a produtos
audit-action-bulk_remove_customer = Remoção em massa de clientes do JSM
audit-action-bulk_undo_deactivate = Desativação em massa (desfazer)
audit-action-bulk_undo_reactivate = Reativação em massa (desfazer)
audit-action-bulk_undo_revoke_access = Revogação em massa de acesso a produtos (desfazer)
audit-action-bulk_undo_assign_access = Atribuição em massa de acesso a produtos (desfazer)
audit-action-bulk_undo_remove_customer = Remoção em massa de clientes do JSM (desfazer)
audit-outcome-refused = Recusado
audit-outcome-unknown = Resultado desconhecido
audit-outcome-not_sent = Não enviado
audit-outcome-reread = Confirmado por nova leitura
audit-outcome-queued = Na fila
audit-outcome-running = Em execução
audit-outcome-cancelling = Cancelando
audit-outcome-cancelled = Cancelada
audit-outcome-finished = Concluída
audit-csv-seq = Entrada
audit-csv-time = Hora (UTC)
audit-csv-actor = ID do administrador
audit-csv-actor-name = Nome do administrador
audit-csv-auth-via = Login feito com
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Instalação do painel do Jira
audit-csv-action = Ação
audit-csv-target = Alvo
audit-csv-target-name = Nome do usuário afetado
audit-csv-target-email = E-mail do usuário afetado
audit-csv-outcome = Resultado
audit-csv-atlassian-status = Status da Atlassian
audit-csv-request-id = ID da solicitação
audit-csv-job-id = Tarefa
audit-csv-details = Detalhes
audit-csv-prev-hash = Hash anterior
audit-csv-hash = Hash
audit-filter-source = Origem
audit-source-both = Este app e Atlassian
audit-source-app = Este app
audit-source-atlassian = Atlassian
audit-atlassian-note = Informado pela Atlassian; não faz parte da cadeia de hashes deste app.
audit-event-open = Detalhes do evento da Atlassian { $seq }
audit-event-title = Evento da Atlassian nº { $seq }
audit-csv-source = Origem
audit-csv-event-id = ID do evento da Atlassian
audit-csv-ip = Endereço IP
audit-csv-product = Produto
audit-action-user_deactivated = Usuário desativado
audit-action-user_reactivated = Usuário reativado
audit-action-user_access_suspended = Acesso do usuário suspenso
audit-action-user_access_restored = Acesso do usuário restaurado
audit-action-user_added_to_group = Usuário adicionado ao grupo
audit-action-user_removed_from_group = Usuário removido do grupo
audit-action-group_granted_role = Função de produto concedida ao grupo
audit-action-group_revoked_role = Função de produto revogada do grupo
audit-action-user_granted_role = Função de produto concedida ao usuário
audit-action-user_revoked_role = Função de produto revogada do usuário
audit-action-added_org_admin = Administrador da organização adicionado
audit-action-removed_org_admin = Administrador da organização removido
audit-action-service_desk_customer_added = Cliente do service desk adicionado
audit-action-service_desk_customer_removed = Cliente do service desk removido
audit-action-project_role_actor_added = Adicionado a uma função do projeto
audit-action-project_role_actor_removed = Removido de uma função do projeto

## Settings
settings-title = Configurações


settings-api-key-docs = Como criar uma chave de API de administrador

## Not found
not-found-title = Página não encontrada
not-found-body = Não há nenhuma página neste endereço. O link pode ter sido digitado incorretamente ou a página pode ter sido movida.
not-found-action = Ir para o painel

## Demo mode
demo-badge = Organização de demonstração
demo-banner = { $org } é uma organização simulada, então você pode explorar com segurança: nada aqui afeta uma conta real da Atlassian.
demo-connect = Conectar sua organização

## Errors a request can end in
error-unauthorized = Sua sessão foi encerrada. Faça login novamente para continuar.
error-forbidden = Somente administradores da organização podem fazer isso.
error-not-found = Isso não existe mais. Pode ter sido removido na Atlassian.
error-invalid-input = Alguns dados informados não são válidos. Verifique os campos destacados.
error-atlassian-unavailable = A Atlassian não está respondendo no momento. Tente novamente em alguns minutos.
error-sync-running = Já há uma sincronização em andamento. Aguarde a conclusão ou cancele-a primeiro.
error-no-snapshot = Nada foi sincronizado ainda. A primeira sincronização começa automaticamente e pode levar alguns minutos.
error-transport = Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.
error-internal = Ocorreu um erro no servidor. Consulte os detalhes no log do servidor.
error-payload-too-large = Esta solicitação é maior do que o servidor aceita, então nada foi feito. Envie menos de uma vez, por exemplo, menos entradas.
error-timeout = O servidor interrompeu esta solicitação porque ela demorou demais. Tente novamente em instantes ou peça menos de uma vez.

## CSV export column headers
csv-name = Nome
csv-email = E-mail
csv-status = Status
csv-account-type = Tipo de conta
csv-products = Produtos
csv-product-last-active = Última atividade por produto
csv-last-active = Última atividade
csv-groups = Grupos
csv-inactivity = Inatividade
csv-service-desks = Centrais de serviços
csv-jsm-organizations = Organizações do JSM

## Signing in
login-title = Entrar
login-intro = Somente administradores da organização podem usar o User Account Manager.
login-atlassian = Entrar com a Atlassian
login-demo-admins = Nesta demonstração, estas contas simuladas são administradoras da organização. Escolha uma delas na página de login simulada da Atlassian; qualquer outra conta será recusada.
login-local-title = Conta de administrador local
login-login = Usuário
login-password = Senha
login-totp = Código do autenticador
login-totp-hint = Somente se sua conta usa um aplicativo autenticador.
login-submit = Entrar
login-setup-pending = Ainda não existe nenhuma conta de administrador local. Ao iniciar, o servidor exibiu um link de configuração de uso único que cria a primeira; o comando uam admin create faz o mesmo.
login-signed-out = Você saiu da sua conta.
login-refused-title = Login recusado
login-back = Voltar para o login
login-error-invalid = O usuário, a senha ou o código do autenticador está incorreto.
login-error-locked = Muitas tentativas malsucedidas. Aguarde 15 minutos e tente novamente.
login-error-totp = O código do autenticador está ausente ou incorreto.
login-error-not-admin = Esta conta da Atlassian não é administradora desta organização ou não está na lista de administradores autorizados a usar este servidor.
login-error-unavailable = Não é possível fazer login no momento: a Atlassian ou o banco de dados do servidor não respondeu. Tente novamente em um minuto.
login-error-state = Este login expirou, já foi usado ou foi iniciado em outro navegador. Comece novamente pela página de login.
login-error-setup-link = Este link de configuração expirou ou já foi usado. Reinicie o servidor para exibir um novo ou crie um administrador com o comando uam admin create.
login-error-setup-input = Verifique os campos: o usuário não pode ter espaços, o nome deve ser preenchido, a senha deve ter pelo menos 12 caracteres e as duas senhas devem ser iguais.
login-error-expired = Sua sessão foi encerrada. Faça login novamente.

## First-run set-up
setup-title = Criar a primeira conta de administrador
setup-intro = Esta conta faz login com uma senha própria. Mantenha-a como conta de emergência: depois que a conexão com a Atlassian for configurada, os administradores da organização fazem login com a Atlassian.
setup-login = Usuário (um endereço de e-mail ou um nome curto)
setup-name = Seu nome
setup-password = Senha (pelo menos 12 caracteres)
setup-password-again = Confirmar senha
setup-totp-title = Aplicativo autenticador
setup-totp-optional = Recomendado: escaneie este código com um aplicativo autenticador e informe o código exibido. Deixe o código em branco para pular esta etapa.
setup-totp-required = Este servidor exige um aplicativo autenticador: escaneie este código com um deles e informe o código exibido.
setup-totp-key = Ou digite esta chave manualmente:
setup-totp-qr = Código QR para o aplicativo autenticador
setup-totp-code = Código do aplicativo
setup-submit = Criar a conta e entrar

## The signed-in admin
account-via-local = Conta local
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = pelo Jira
account-sign-out = Sair

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Abrindo o User Account Manager…
embed-expired = A sessão deste painel foi encerrada. Abra o User Account Manager novamente pela administração do Jira para continuar.
embed-refused = Somente administradores desta organização podem usar o User Account Manager no Jira, e somente se o servidor autorizar a conta deles.
embed-unavailable = O User Account Manager não consegue confirmar seu acesso no momento: a Atlassian ou o servidor não respondeu. Tente novamente em um minuto.

## Settings page
settings-saved = Salvo.
settings-save = Salvar
settings-set-by-env = Definido pelo ambiente; altere-o onde o servidor é configurado.
settings-connection-title = Conexão com a Atlassian
settings-connection-demo = Exibindo { $org }, a organização de demonstração simulada. Conecte sua própria organização abaixo.
settings-connection-env = Conectado à organização { $org }, configurada pelo ambiente do servidor.
settings-connection-saved = Conectado à organização { $org }.
settings-connection-pending = A conexão salva será usada a partir da próxima inicialização do servidor. Reinicie o servidor para conectar-se a esta organização.
settings-admin-key = Chave de API de administrador
settings-key-placeholder = Cole uma nova chave para substituir a armazenada
settings-key-write-only = Somente gravação: a chave é armazenada criptografada e nunca mais é exibida.
settings-key-expiry = Data de expiração da chave
settings-key-expires = Expira em { $date }.
settings-key-expires-soon = Expira em { $date }, daqui a { $days } dias. Crie uma nova chave na Atlassian e cole-a aqui antes disso.
settings-key-expired = Expirou em { $date }. As sincronizações e ações falharão até que uma nova chave seja salva.
settings-secret-set = termina em …{ $hint }, definida por { $by } em { $at }
settings-secret-unset = não definida
settings-org = ID da organização
settings-find-orgs = Encontrar organizações
settings-site-title = Jira, Confluence e Jira Service Management
settings-site-body = Funções de projeto, membros de espaços, clientes e licenças do Jira são lidos pelo site com o e-mail e o token de API de uma conta.
settings-site-url = URL do site
settings-site-email = E-mail da conta
settings-site-token = Token de API
settings-site-token-again = Digite o token novamente sempre que mudar a URL do site ou o e-mail.
settings-test-connection = Testar conexão
settings-check-admin-key = Chave de API de administrador
settings-check-org = Organização
settings-check-directory = Usuários e grupos
settings-check-site = Site
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = recusado: a chave ou o token está incorreto, expirado ou revogado
settings-check-outcome-forbidden = recusado: a credencial não tem a permissão (escopo) necessária
settings-check-outcome-not-found = não encontrado: verifique o ID da organização ou a URL do site
settings-check-outcome-unreachable = A Atlassian não respondeu; tente novamente mais tarde
settings-check-outcome-not-configured = não configurado
settings-check-outcome-not-on-site = não está neste site (o site não tem este produto)
settings-prices-title = Preços de licenças
settings-prices-body = Opcional. Informe quanto custa por mês uma licença de cada produto para que o painel mostre quanto custam as licenças dos usuários inativos. Deixe um produto em branco para excluí-lo.
settings-currency = Moeda (código ISO, como USD ou EUR)
settings-thresholds-title = Limites de inatividade
settings-thresholds-body = Um usuário sem atividade por mais tempo que o limite de alerta é marcado como "alerta"; acima do limite de atraso, como "atrasado". O limite de atraso deve ser maior que o de alerta.
settings-warning-days = Alerta após (dias)
settings-overdue-days = Atrasado após (dias)
settings-protected-title = Contas protegidas
settings-protected-body = As ações em massa nunca desativam nem removem o acesso dessas contas. Informe endereços de e-mail, domínios inteiros como *@example.com ou IDs de conta da Atlassian. Os administradores da organização e você estão sempre protegidos.
settings-protected-add = Adicione endereços, domínios ou IDs de conta (cole vários, separados por vírgulas, espaços ou quebras de linha)
settings-protected-add-button = Adicionar
settings-protected-search = Pesquisar contas protegidas
settings-protected-count = { $count ->
    [one] { $count } entrada protegida
   *[other] { $count } entradas protegidas
}
settings-protected-remove = Remover
settings-schedule-title = Agendamento de sincronização e retenção da auditoria
settings-sync-interval = Horas entre sincronizações
settings-sync-interval-hint = 0 desativa as sincronizações agendadas; "Sincronizar agora" continua funcionando.
settings-retention = Manter entradas de auditoria por (dias)
settings-retention-hint = No mínimo 180 dias (o mesmo que o log de auditoria da própria Atlassian) e no máximo 3650; 0 as mantém para sempre.
error-invalid-entries = Estas entradas não são endereços de e-mail nem entradas *@domínio, portanto nada foi salvo:
settings-data-title = Seus dados
settings-data-export-body = Baixe em um único arquivo tudo o que o User Account Manager armazena: configurações (sem segredos), contas de administrador locais (sem senhas), o histórico de sincronizações, o log de auditoria e o instantâneo atual dos seus usuários. A exportação é registrada no log de auditoria.
settings-data-export = Exportar tudo
settings-data-delete-body = Exclua tudo o que o User Account Manager armazena: configurações, a chave e o token armazenados, contas de administrador locais, sessões, instantâneos e o log de auditoria. Nada muda na Atlassian. Esta ação não pode ser desfeita; exporte antes se puder precisar dos dados.
settings-data-delete-confirm = Digite DELETE para confirmar
settings-data-delete = Excluir tudo
settings-data-not-confirmed = Nada foi excluído: digite exatamente DELETE para confirmar.
settings-data-sync-running = Nada foi excluído: há uma sincronização em andamento. Cancele-a ou aguarde a conclusão e tente novamente.
settings-data-export-failed = A exportação falhou. Consulte os detalhes no log do servidor.
settings-data-delete-failed = A exclusão falhou; nada foi excluído. Consulte os detalhes no log do servidor.
error-reauth-failed = A senha ou o código de autenticação não está correto. Nada foi agendado.
error-reauth-stale = Confirme primeiro que é você: entre novamente com a Atlassian e exclua em até 5 minutos.
error-panel-refused = Isso não é possível no painel do Jira. Abra o User Account Manager em uma aba própria do navegador.
error-erasure-pending = A exclusão de todos os dados já está agendada. Cancele-a primeiro ou aguarde a execução.
settings-data-delete-delay = Nada é excluído imediatamente: a exclusão ocorre { $hours } horas depois da sua confirmação. Até lá, todos os administradores a veem no painel e podem cancelá-la. Um registro assinado do log de auditoria apagado é mantido.
settings-data-reauth-atlassian = Você entrou com a Atlassian há mais de 5 minutos. Para confirmar que é você, entre novamente e exclua em até 5 minutos.
settings-data-reauth-fresh = Você entrou com a Atlassian há menos de 5 minutos, o que confirma que é você.
settings-data-scheduled = A exclusão de todos os dados está agendada. Até ser executada, qualquer administrador pode cancelá-la aqui ou no painel.
erasure-title = Todos os dados serão excluídos
erasure-body = { $name } agendou em { $scheduled } a exclusão de tudo o que o User Account Manager armazena, incluindo o log de auditoria. Ela será executada em { $due }, a menos que um administrador a cancele.
erasure-cancel = Cancelar a exclusão
erasure-cancelled = A exclusão foi cancelada. Nada foi excluído.
erasure-cancel-failed = Não foi possível cancelar a exclusão. Consulte os detalhes no log do servidor.
login-deleted = Tudo foi excluído. O servidor exibiu um novo link de configuração para criar novamente a primeira conta de administrador.
error-invalid-org_id = O ID da organização está ausente ou não é válido: é o ID em admin.atlassian.com/o/<ID>/…, com letras, dígitos e hifens.
error-invalid-admin_api_key = Cole uma chave de API de administrador: ainda não há nenhuma armazenada para esta organização.
error-invalid-site = O site precisa da URL, do e-mail de uma conta e do token de API dessa conta, todos juntos.
error-invalid-site_url = A URL do site não é válida: ela tem o formato https://your-site.atlassian.net.
error-invalid-site_host = Só são aceitos sites https://your-site.atlassian.net: o token de API não é enviado a nenhum outro host. Outro host precisa antes ser permitido pelo operador do servidor (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Uma nova URL do site ou um novo e-mail da conta exige o token de API novamente: cole o token dessa conta para este site.
error-invalid-site_email = O e-mail da conta não é um endereço de e-mail válido.
error-invalid-thresholds = Os dois limites devem ser números inteiros de dias, com o limite de atraso maior que o de alerta.
error-invalid-schedule = Informe números inteiros: horas entre sincronizações e dias de retenção do log de auditoria.
error-invalid-sync_interval_hours = As horas entre sincronizações devem ser 0 (desativado) ou de 1 a 168.
error-invalid-audit_retention_days = Mantenha as entradas de auditoria por 0 dias (para sempre) ou entre 180 e 3650 dias.
error-invalid-seat_prices = Informe um código de moeda de três letras e preços entre 0 e 100000, usando dígitos e ponto decimal.
login-atlassian-off = O login com a Atlassian não está configurado neste servidor. O operador pode configurá-lo com um aplicativo OAuth (UAM_OAUTH_CLIENT_ID e UAM_OAUTH_CLIENT_SECRET); até lá, faça login com uma conta de administrador local.

## Bulk actions
bulk-title = Ação em massa
bulk-undo-title = Desfazer esta tarefa
bulk-actions = Ações…
bulk-actions-user = Ações para este usuário…
bulk-choose = O que fazer
bulk-action-deactivate = Desativar
bulk-action-reactivate = Reativar
bulk-action-revoke_access = Revogar acesso aos produtos
bulk-action-assign_access = Conceder acesso aos produtos
bulk-action-remove_customer = Remover clientes do JSM
bulk-every-desk = todas as centrais de serviços
bulk-products = Produtos
bulk-desks = Centrais de serviços
bulk-desks-hint = Não escolha nenhuma para remover os clientes de todas as centrais de serviços em que estão.
bulk-check = Verificar quem será afetado
bulk-cancel = Cancelar
bulk-checking = Verificando cada usuário na Atlassian…
bulk-starting = Iniciando a tarefa…
bulk-count-changing = { $count ->
        [one] { $formatted } usuário será alterado
       *[other] { $formatted } usuários serão alterados
    }
bulk-count-already = { $count ->
        [one] { $formatted } usuário já está nesse estado
       *[other] { $formatted } usuários já estão nesse estado
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } usuário não pode ser alterado
       *[other] { $formatted } usuários não podem ser alterados
    }
bulk-how = Como será feito
bulk-method-disable_account = { $count ->
        [one] { $formatted } conta desativada (gerenciada pela organização: API de ciclo de vida do gerenciamento de usuários)
       *[other] { $formatted } contas desativadas (gerenciadas pela organização: API de ciclo de vida do gerenciamento de usuários)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } conta reativada (gerenciada pela organização: API de ciclo de vida do gerenciamento de usuários)
       *[other] { $formatted } contas reativadas (gerenciadas pela organização: API de ciclo de vida do gerenciamento de usuários)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } usuário perde o acesso à organização (suspenso: a organização não gerencia a conta)
       *[other] { $formatted } usuários perdem o acesso à organização (suspensos: a organização não gerencia as contas deles)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } usuário recupera o acesso à organização (restaurado: a organização não gerencia a conta)
       *[other] { $formatted } usuários recuperam o acesso à organização (restaurados: a organização não gerencia as contas deles)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } usuário removido dos grupos que dão acesso aos produtos
       *[other] { $formatted } usuários removidos dos grupos que dão acesso aos produtos
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } usuário adicionado a um grupo que dá acesso aos produtos
       *[other] { $formatted } usuários adicionados a um grupo que dá acesso aos produtos
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } usuário perde uma função de produto atribuída diretamente
       *[other] { $formatted } usuários perdem uma função de produto atribuída diretamente
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } usuário recebe a função de produto diretamente
       *[other] { $formatted } usuários recebem a função de produto diretamente
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } cliente removido das centrais de serviços
       *[other] { $formatted } clientes removidos das centrais de serviços
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } cliente adicionado de volta às centrais de serviços
       *[other] { $formatted } clientes adicionados de volta às centrais de serviços
    }
bulk-nothing = Nada a alterar: todos os usuários selecionados já estão nesse estado ou não podem ser alterados.
bulk-skipped = Não alterados
bulk-skipped-more = …e mais { $count }.
bulk-reason = Motivo
bulk-type-to-confirm = Digite { $count } para confirmar
bulk-presets = Ações de limpeza
bulk-preset-overdue = Desativar todos os atrasados
bulk-preset-revoke = Revogar o { $product } de usuários inativos nele há { $days } dias
bulk-skip-already_done = Já está nesse estado
bulk-skip-protected = Protegido em Configurações
bulk-skip-org_admin = Administrador da organização: nunca alterado por uma ação em massa
bulk-skip-acting_admin = Sua própria conta: nunca alterada pelas suas próprias ações em massa
bulk-skip-identity_provider = Provisionado pelo provedor de identidade (SCIM), que gerencia o acesso desta conta
bulk-skip-lookup_failed = Não foi possível consultar a Atlassian sobre o estado atual deste usuário, então nada foi arriscado
bulk-skip-not_found = A Atlassian não reconhece mais esta conta
bulk-skip-not_applicable = Esta ação não se aplica a este tipo de conta
bulk-skip-no_way = O acesso vem de uma origem que este produto não pode alterar
bulk-skip-direct_role_unavailable = Atribuído diretamente, e esta organização não oferece a API da Atlassian para funções de produto diretas (disponibilidade limitada), então nada foi arriscado
bulk-step-disable_account = Conta desativada
bulk-step-enable_account = Conta reativada
bulk-step-suspend = Acesso à organização suspenso
bulk-step-restore = Acesso à organização restaurado
bulk-step-leave_group = Removido do grupo { $object }
bulk-step-join_group = Adicionado ao grupo { $object }
bulk-step-revoke_role = Função { $object } revogada
bulk-step-assign_role = Função { $object } atribuída
bulk-step-remove_customer = Removido como cliente de { $object }
bulk-step-add_customer = Adicionado como cliente de { $object }

## Jobs
nav-jobs = Tarefas
jobs-title = Tarefas
jobs-intro = As ações em massa são executadas como tarefas no servidor: continuam mesmo se você fechar a aba, todos os administradores as veem, e uma é executada por vez enquanto as outras aguardam a vez.
jobs-loading = Carregando tarefas…
jobs-empty-title = Ainda não há tarefas
jobs-empty-body = As ações em massa iniciadas na página Usuários ou no painel aparecem aqui, com o progresso e o resultado de cada usuário.
jobs-caption = Tarefas de ações em massa, das mais recentes para as mais antigas
job-title = Tarefa
job-back = Todas as tarefas
job-loading = Carregando a tarefa…
job-action = Ação
job-state = Estado
job-progress = Progresso
job-started-by = Iniciada por
job-created = Criada
job-started = Iniciada
job-finished = Encerrada
job-counts = { $done } concluídos, { $skipped } ignorados, { $failed } com falha de { $total }
job-count-done = { $formatted } concluídos
job-count-skipped = { $formatted } ignorados
job-count-failed = { $formatted } com falha
job-count-unknown = { $formatted } interrompidos, resultado desconhecido
job-count-cancelled = { $formatted } não processados (cancelada)
job-count-pending = { $formatted } aguardando
job-waiting = Aguardando o limite de taxa da Atlassian até { $time }
job-queue-position = { $count ->
        [0] Na fila: é a próxima
        [one] Na fila: { $count } tarefa à frente
       *[other] Na fila: { $count } tarefas à frente
    }
job-undo-of = Esta tarefa desfaz uma anterior.
job-open-original = Abrir a tarefa original
job-undone-by = Esta tarefa foi desfeita.
job-open-undo = Abrir a tarefa que a desfez
job-undone-by-short = desfeita
job-error = Interrompida antes do fim:
job-stopped-panic = um erro interno interrompeu esta tarefa. Os usuários que ela ainda não havia alcançado ficaram inalterados.
job-stopped-not-admin = o administrador que a iniciou não é mais um administrador da organização autorizado a usar este servidor, por isso ela foi recusada.
job-stopped-admin-unconfirmed = A Atlassian não conseguiu confirmar que o administrador que a iniciou ainda é administrador da organização, por isso ela foi recusada.
job-cancel = Cancelar a tarefa
job-undo = Desfazer esta tarefa
job-results = Resultados por usuário
job-filter = Mostrar
job-filter-all = Todos
job-item-state = Resultado
job-steps = Etapas
job-outcome = Motivo e resposta da Atlassian
job-no-items = Nenhum usuário nesse estado.
job-atlassian-status = A Atlassian respondeu { $status }
job-request-id = ID da solicitação
job-state-queued = Na fila
job-state-running = Em execução
job-state-cancelling = Cancelando
job-state-cancelled = Cancelada
job-state-finished = Concluída
job-state-failed = Falhou
job-item-pending = Aguardando
job-item-running = Em andamento
job-item-done = Concluído
job-item-skipped = Ignorado
job-item-failed = Falhou
job-item-unknown = Resultado desconhecido
job-item-cancelled = Cancelado

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Mostrar minhas consultas ao log
audit-views-hidden = Suas próprias consultas ao log, ocultas: { $formatted }.
audit-views-show = Mostrar
audit-chain-verified-through = Cadeia verificada até a entrada #{ $last }, último ponto de verificação assinado #{ $seq } em { $time }.
audit-chain-verified-through-unsigned = Cadeia verificada até a entrada #{ $last }, ainda sem ponto de verificação assinado.
audit-job-titled = { $title } · tarefa { $id }
audit-csv-details-json = Detalhes (JSON)
audit-say-via-local = Entrou com uma conta local.
audit-say-via-atlassian = Entrou com a Atlassian.
audit-say-via-forge = Entrou pelo painel do Jira.
audit-say-refused = Recusado: { $reason }
audit-say-attempts = Tentativas com falha: { $count }, desde { $since }.
audit-say-from = Do endereço { $address }.
audit-say-session-ended = O administrador não é mais administrador da organização, então a sessão foi encerrada.
audit-say-totp-on = Entra com senha e código do autenticador.
audit-say-totp-off = Entra somente com senha.
audit-say-setting = { $setting } alterado de { $before } para { $after }.
audit-say-secret = { $setting } substituído: o antigo terminava em { $before }, o novo termina em { $after }.
audit-say-secret-first = { $setting } definido: termina em { $after }.
audit-say-nothing = nada
audit-say-yes = sim
audit-say-no = não
audit-say-data-exported = Tudo foi exportado: usuários: { $users }, tamanho: { $size } KB.
audit-say-data-deleted = Tudo o que estava armazenado foi excluído; o log recomeça aqui.
audit-say-erasure-times = Agendada em { $scheduled }, prevista para { $due }.
audit-say-erasure-due = Tudo será excluído em { $due }, a menos que um administrador cancele.
audit-say-erasure-cancelled = Cancelada a exclusão que { $by } havia agendado para { $due }.
audit-say-viewed = Consultou o log.
audit-say-filter = Filtros: { $filter }.
audit-say-audit-export = Entradas exportadas: { $count }.
audit-say-pruned = Entradas removidas pela retenção: { $count }, todas anteriores a { $cutoff }; a última foi #{ $seq }.
audit-say-users-exported = Usuários exportados de uma visualização da tabela de usuários: { $count }.
audit-say-users-selected = Usuários selecionados exportados: { $count }.
audit-say-job-queued = Usuários no plano: { $users }; a alterar: { $changing }; sem alteração: { $skipped }.
audit-say-job-cancel = Pedido para parar a tarefa; os usuários em andamento terminam primeiro.
audit-say-job-ended = A tarefa terminou ({ $state }): { $counts }.
audit-say-step-intent = Prestes a pedir à Atlassian: { $step }.
audit-say-step-failed = Falhou (tentativa { $attempt }): { $step }. Resposta da Atlassian: { $error }
audit-say-reread-yes = Ler o usuário novamente mostrou que a alteração foi feita.
audit-say-reread-no = Ler o usuário novamente mostrou que a alteração não foi feita.
audit-say-interrupted = Interrompido por uma reinicialização do servidor e resolvido depois lendo o usuário novamente.
audit-say-skip-preflight = Sem alteração na verificação prévia: { $reason }.
audit-say-error = Erro: { $error }
audit-say-exercise = Escrito para verificar o vocabulário de auditoria; nenhum administrador realizou esta ação.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = A Atlassian não respondeu a tempo. Tente novamente em instantes.
error-invalid-admin_api_key_refused = A Atlassian recusou esta chave: ela está errada, expirada ou revogada, ou não pode ler organizações. Verifique-a em admin.atlassian.com.
settings-no-answer = A Atlassian não respondeu em { $seconds } segundos. Tente novamente em instantes; se continuar acontecendo, a Atlassian pode estar com problemas.
settings-finding-orgs = Procurando organizações…
settings-orgs-found = Organizações que esta chave vê: { $count }. Escolha uma no campo ID da organização.
settings-orgs-none = Esta chave não vê nenhuma organização. Confira se é uma chave da API de administração da organização, e não um token de API pessoal.
settings-checking = Verificando a conexão com a Atlassian…
settings-check-col-check = Verificação
settings-check-col-result = Resultado
settings-check-col-detail = O que significa
settings-check-result-ok = Funciona
settings-check-result-unused = Não usado
settings-check-result-failed = Requer atenção
settings-check-ok-detail = A Atlassian aceitou a credencial e respondeu.
settings-check-status = Resposta da Atlassian, para o suporte: HTTP { $status }
settings-check-summary = Verificações que funcionam: { $working } de { $total }.
settings-check-outcome-timeout = sem resposta em { $seconds } segundos: a Atlassian pode estar lenta ou fora do ar; tente novamente em alguns minutos
settings-check-outcome-rate-limited = A Atlassian está limitando as solicitações agora (muitas em pouco tempo); tente novamente em um minuto
settings-check-outcome-server-error = A Atlassian teve um problema do lado dela e não conseguiu responder; tente novamente mais tarde
settings-check-outcome-rejected = A Atlassian recusou a solicitação como foi enviada; o log do servidor tem os detalhes
settings-nav-label = Seções das configurações
settings-danger-title = Zona de perigo
settings-danger-unlock = O botão é liberado quando DELETE for digitado.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Desativar { $users }
job-title-reactivate = Reativar { $users }
job-title-revoke_access = Revogar { $subjects } de { $users }
job-title-assign_access = Dar { $subjects } a { $users }
job-title-remove_customer = Remover { $users } de { $subjects }
job-title-add_customer = Adicionar { $users } de volta a { $subjects }
job-undo-of-job = desfaz a tarefa { $job }
bulk-plan-disable_account = Desativar (conta gerenciada)
bulk-plan-enable_account = Reativar (conta gerenciada)
bulk-plan-suspend = Suspender o acesso à organização
bulk-plan-restore = Restaurar o acesso à organização
bulk-plan-leave_group = Remover do grupo { $object }
bulk-plan-join_group = Adicionar ao grupo { $object }
bulk-plan-revoke_role = Revogar o acesso a { $object }
bulk-plan-assign_role = Dar acesso a { $object }
bulk-plan-remove_customer = Remover de { $object }
bulk-plan-add_customer = Adicionar de volta a { $object }
bulk-changing = Usuários que vão mudar
bulk-change = Mudança
bulk-search = Pesquisar por nome ou e-mail
bulk-search-none = Nenhum usuário corresponde a esta pesquisa.
job-outcome-confirmed = Concluído: a Atlassian confirmou a mudança
job-outcome-refused = A Atlassian recusou a mudança
job-outcome-unavailable = A Atlassian não aceitou a mudança por enquanto (ocupada ou indisponível)
bulk-their-desks = os service desks em que estavam

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtros
filters-active = Filtros aplicados
filter-chip = { $name }: { $value }
filter-remove = Remover filtro: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Sem acesso
card-no-access = Não podem entrar (suspensos ou desativados): { $formatted }
column-places = Projetos e espaços
csv-places = Projetos e espaços (funções)
places-more = +{ $more } outros
export-style = Células do CSV
export-style-readable = Rótulos legíveis
export-style-codes = Códigos para scripts
