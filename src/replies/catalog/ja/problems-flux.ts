import type { enProblemsFlux } from '../en/problems-flux.ts';
import type { ProseTranslation } from '../translation.ts';

/** 日本語: validation problems of `k8s-configuration flux` (see en/problems-flux.ts; examples stay commands). */
export const jaProblemsFlux: ProseTranslation<typeof enProblemsFlux> = {
  'problem.name.too-long.message': "{flag} '{value}' は無効です: 最大 {max} 文字です ({length} 文字あります)。",
  'problem.name.edge-hyphen.message': "{flag} '{value}' は無効です: 先頭と末尾にハイフンは使えません。",
  'problem.name.edge-period.message': "{flag} '{value}' は無効です: 先頭と末尾にピリオドは使えません。",
  'problem.name.invalid-chars.message':
    "{flag} '{value}' は無効です: 使えるのは英小文字、数字、ハイフン、ピリオドだけです。",
  'problem.name.accepted': '英小文字、数字、ハイフン、ピリオドで、先頭と末尾は英字または数字、最大 {max} 文字。',
  'problem.namespace.too-long.message':
    "{flag} '{value}' は無効です: 名前空間は最大 63 文字です ({length} 文字あります)。",
  'problem.namespace.edge-hyphen.message': "{flag} '{value}' は無効です: 名前空間の先頭と末尾にハイフンは使えません。",
  'problem.namespace.invalid-chars.message':
    "{flag} '{value}' は無効です: 名前空間に使えるのは英小文字、数字、ハイフンだけです。",
  'problem.namespace.accepted':
    'DNS-1123 ラベル: 英小文字、数字、ハイフンで、先頭と末尾は英字または数字、最大 63 文字。',
  'problem.object-ref.bad-form.message':
    "'{value}' はオブジェクト名ではありません: NAME または NAMESPACE/NAME (スラッシュは 1 つ) で指定してください。",
  'problem.object-ref.bad-form.accepted': 'オブジェクト名、または名前空間と名前を NAMESPACE/NAME の形で。',
  'problem.object-ref.bad-namespace.message': "'{value}' の名前空間 '{namespace}' は無効です。",
  'problem.object-ref.bad-namespace.accepted':
    'NAMESPACE/NAME。名前空間は DNS-1123 ラベル: 英小文字、数字、ハイフンで、先頭と末尾は英字または数字、最大 63 文字。',
  'problem.object-ref.namespace-mismatch.message':
    "'{value}' は名前空間 {namespace} を指していますが、--namespace は {flag} です。",
  'problem.object-ref.namespace-mismatch.accepted':
    '名前空間は 1 つだけ: NAMESPACE/NAME、または NAME --namespace NAMESPACE。',
  'problem.kustomization.combined-name-too-long.message':
    "Flux 構成の名前 '{config}' と kustomization の名前 '{kustomization}' を合わせると 62 文字を超えます ({length} 文字)。",
  'problem.kustomization.combined-name-too-long.accepted':
    '構成の名前と kustomization の名前を合わせて 62 文字まで (Flux はオブジェクトを <構成>-<kustomization> と名付けます)。',
  'problem.kustomization.name-missing.message':
    "kustomization の定義 '{value}' は無効です: 必須の値 'name' がありません。",
  'problem.kustomization.name-missing.accepted':
    '各 --kustomization グループは name=NAME で始め、その後にほかの KEY=VALUE ペアを続けます。',
  'problem.kustomization.bad-pair.message':
    "'{value}' は KEY=VALUE ペアではありません (使い方: --kustomization KEY=VALUE [KEY=VALUE ...])。",
  'problem.kustomization.bad-pair.accepted': 'キー {keys} の KEY=VALUE ペア。',
  'problem.kustomization.unknown-key.message': "kustomization のキー '{key}' は不明です。",
  'problem.kustomization.unknown-key.accepted': 'キー {keys}。',
  'problem.kustomization.repeated-key.message': "kustomization のキー '{key}' が '{name}' で複数回指定されています。",
  'problem.kustomization.repeated-key.accepted': '各キーは --kustomization グループごとに 1 回。',
  'problem.kustomization.duplicate-name.message': "kustomization の名前 '{name}' が複数回指定されています。",
  'problem.kustomization.duplicate-name.accepted':
    '異なる名前で、kustomization ごとに 1 つの --kustomization グループ。',
  'problem.kustomization.invalid-boolean.message':
    "kustomization の値 {key}='{value}' は無効です: true または false を指定してください。",
  'problem.kustomization.invalid-boolean.accepted': '{key}=true または {key}=false。',
  'problem.kustomization.invalid-dependency.message': "'{name}' の dependsOn の項目 '{value}' は無効です。",
  'problem.kustomization.invalid-dependency.accepted':
    'kustomization の名前: dependsOn=["a","b"]、dependsOn=[a,b]、または dependsOn=a,b。',
  'problem.duration.invalid.message': "{flag} '{value}' は無効です: Go の期間の形式ではありません。",
  'problem.duration.accepted': '時間、分、秒をこの順に各 1 回まで (h → m → s)。例: 10m、1h30m、1h2m5s。',
  'problem.url.invalid-scheme.message':
    "--url '{value}' は無効です: {kind} の URL は {schemes} のいずれかで始まる必要があります。",
  'problem.url.invalid-scheme.accepted': '{schemes} で始まる URL。',
  'problem.url.credentials.message':
    "--url '{value}' は無効です: 資格情報が含まれています。Azure は構成にそれを平文で保存し、チャットにも表示されます。",
  'problem.url.credentials.accepted': '資格情報を除いた URL と、--https-user および --https-key で渡す資格情報。',
  'problem.url.ssh-key-with-http.message': '--ssh-private-key は http(s) の URL とは一緒に使えません。',
  'problem.url.ssh-key-with-http.accepted':
    'ssh の URL (ssh://… または git@…) と --ssh-private-key、または http(s) の URL と --https-user/--https-key。',
  'problem.url.known-hosts-with-http.message': '--known-hosts は http(s) の URL とは一緒に使えません。',
  'problem.url.known-hosts-with-http.accepted': '--known-hosts は ssh の URL (ssh://… または git@…) とだけ使えます。',
  'problem.url.https-auth-with-ssh.message':
    'https 認証 (--https-user と --https-key) は http(s) 以外の URL とは一緒に使えません。',
  'problem.url.https-auth-with-ssh.accepted':
    '--https-user と --https-key は http:// または https:// の URL とだけ使えます。',
  'problem.url.https-user-key-separate.message': '--https-user と --https-key は片方だけでは使えません。',
  'problem.url.https-user-key-separate.accepted': '--https-user と --https-key の両方、またはどちらもなし。',
  'problem.git-ref.missing.message': 'リポジトリの参照がありません。',
  'problem.git-ref.too-many.message': 'リポジトリの参照が無効です: {given} のうち複数が指定されています。',
  'problem.git-ref.accepted': '--branch、--tag、--semver、--commit のうち 1 つだけ。',
  'problem.source.missing-required.message': "kind '{kind}' に必須のプロパティ [{flags}] が指定されていません。",
  'problem.source.missing-required.accepted': 'kind {kind} の場合: {flags}。',
  'problem.source.foreign-flags.message': "kind '{kind}' に無効なプロパティ [{flags}] が指定されています。",
  'problem.source.foreign-flags.accepted': "kind '{kind}' で有効なプロパティ: [{valid}]。",
  'problem.bucket.auth-missing.message': "kind 'bucket' には認証のプロパティを指定する必要があります。",
  'problem.bucket.auth-missing.accepted':
    '--bucket-access-key と --bucket-secret-key の両方、または --local-auth-ref。',
  'problem.azblob.sp-incomplete.message': 'サービス プリンシパルが無効です。次の値がありません: {missing}。',
  'problem.azblob.sp-too-many.message':
    'サービス プリンシパルの認証方法が多すぎます (--sp-client-secret と --sp-client-cert)。',
  'problem.azblob.sp-cert-password-without-cert.message':
    'サービス プリンシパルの証明書パスワードが無効です: --sp-cert-password には --sp-client-cert が必要です。',
  'problem.azblob.too-many-auth.message': 'Azure Blob の認証方法が多すぎます: {methods}。',
  'problem.azblob.accepted':
    '次のうち 1 つまで: サービス プリンシパル (--sp-client-id + --sp-tenant-id + --sp-client-secret または --sp-client-cert [--sp-cert-password])、--account-key、--sas-token、--mi-client-id、--local-auth-ref。',
  'problem.known-hosts.not-base64.message': '--known-hosts は有効な UTF-8 の base64 文字列ではありません。',
  'problem.known-hosts.bad-format.message': '--known-hosts の形式が正しくありません ({line} 行目: {reason})。',
  'problem.known-hosts.accepted':
    'sshd(8) 形式の known_hosts 行を base64 にしたもの: [marker] hosts key-type base64-key [comment]。',
  'problem.ssh-key.invalid.message': '--ssh-private-key の形式が無効です ({reason})。',
  'problem.ssh-key.accepted': 'RSA、ECC、DSA、Ed25519 (OpenSSH) の PEM 秘密キーを base64 エンコードしたもの。',
  'problem.https-ca-cert.not-base64.message': '--https-ca-cert は有効な base64 文字列ではありません。',
  'problem.https-ca-cert.accepted': 'CA 証明書 (PEM) を base64 エンコードしたもの。',
  'problem.secret.empty.message': '{flag} が空です。',
  'problem.secret.empty.accepted': '空でないシークレットの値。',
  'problem.update.nothing.message': '`{command}` には変更する内容がありません。',
  'problem.update.nothing.accepted': '`help {topic}` にある設定可能なフラグを 1 つ以上。',
};
