import type { enHandlersCommands } from '../en/handlers-commands.ts';
import type { Translation } from '../translation.ts';

/** 日本語 see en/handlers-commands.ts. */
export const jaHandlersCommands: Translation<typeof enHandlersCommands> = {
  'handler.extensionCreate.label': '{type} を拡張機能 {name} としてインストールしています',
  'handler.extensionCreate.done': '拡張機能 {name} がインストールされました。',
  'handler.extensionUpdate.label': '拡張機能 {name} を更新しています',
  'handler.extensionUpdate.requested': '要求した値',
  'handler.extensionUpdate.changes': '変更',
  'handler.extensionUpdate.columnSetting': '設定',
  'handler.extensionUpdate.columnValue': '値',
  'handler.extensionUpdate.columnBefore': '変更前',
  'handler.extensionUpdate.columnAfter': '変更後',
  'handler.extensionUpdate.protected': '•••• (保護)',
  'handler.extensionUpdate.protectedNew': '•••• (新規)',
  'handler.extensionUpdate.unchanged': '{value} (変更なし)',
  'handler.extensionUpdate.none': '(なし)',
  'handler.extensionUpdate.notSet': '(未設定)',
  'handler.extensionUpdate.default': '{value} (既定値)',
  'handler.extensionUpdate.version': 'バージョン',
  'handler.extensionUpdate.autoUpgrade': '自動アップグレード',
  'handler.extensionUpdate.releaseTrain': 'リリース トレイン',
  'handler.extensionUpdate.done':
    '拡張機能 {name} を更新しました: {total} 件の設定のうち {changed} 件が変更されました (変更前 → 変更後は表を参照)。',
  'handler.extensionShow.text': '{cluster} の拡張機能 {name}。',
  'handler.extensionShow.type': '種類',
  'handler.extensionShow.version': 'バージョン',
  'handler.extensionShow.autoUpgrade': '自動アップグレード',
  'handler.extensionShow.releaseTrain': 'リリース トレイン',
  'handler.extensionShow.unknownVersion': '不明',
  'handler.extensionShow.settings': '構成設定',
  'handler.extensionList.none':
    '{cluster} に拡張機能はありません。`flux create` が microsoft.flux を自動でインストールします。または `extension create -n flux --extension-type microsoft.flux` を実行してください。',
  'handler.extensionList.columnType': '種類',
  'handler.extensionList.columnVersion': 'バージョン',
  'handler.extensionList.columnAutoUpgrade': '自動アップグレード',
  'handler.extensionList.columnState': '状態',
  'handler.extensionDelete.label': '拡張機能 {name} を削除しています',
  'handler.extensionDelete.nothing':
    '拡張機能 "{name}" は {cluster} にインストールされていないため、削除するものはありません。',
  'handler.extensionDelete.refused':
    'microsoft.flux を削除しません: {count} 個の Flux 構成がまだ使用しています ({names})。先にそれらを削除してください — 使用中の拡張機能を削除するとクラスターが不安定な状態になる可能性があります — その後、もう一度実行してください。',
  'handler.extensionDelete.table': 'クラスター上の Flux 構成',
  'handler.extensionDelete.button': '{name} を削除',
  'handler.extensionDelete.done': '拡張機能 {name} を {cluster} から削除しました。',
  'handler.cluster.notConfigured': 'この fluxops ではクラスター コマンドが構成されていません (kube へのアクセスなし)。',
  'handler.cluster.noTarget': 'クラスターがありません: {usage} で設定するか、-c/-g を指定してください。',
  'handler.cluster.answered': '{cluster} のクラスター API が {reason} を返しました: {message}',
  'handler.cluster.unreachable': '{cluster} のクラスター API: {message}',
  'handler.cluster.noRoute':
    'fluxops には {cluster} の Kubernetes API への経路がありません。ARM と Flux webhook で得られる機能 (`flux show`、`flux list`、アラート) はここでも使えます。クラスター内のコマンドには、KUBE_CONTEXTS に kubeconfig コンテキストを割り当てるか、fluxops に AKS のユーザー資格情報を使わせてください。',
  'handler.cluster.noRouteArc':
    'fluxops には {cluster} (Arc クラスター) の Kubernetes API への経路がありません。ARM と Flux webhook で得られる機能 (`flux show`、`flux list`、アラート) はここでも使えます。クラスター内のコマンドには、KUBE_CONTEXTS に kubeconfig コンテキストを割り当てる (例: `az connectedk8s proxy` 経由) か、KUBE_IN_CLUSTER を指定してクラスター内で fluxops を実行してください。',
  'handler.cluster.noExactRoute':
    'ここでのロールはスコープ付きのバインドによるもので、fluxops にはリソース グループ {group} を指定した {cluster} への経路がありません (名前だけの経路では同じ名前のどのクラスターにも届いてしまいます)。管理者は KUBE_CONTEXTS に {group}/{cluster}=<context> を追加できます。',
  'handler.cluster.noExactRouteAks':
    'ここでのロールはスコープ付きのバインドによるもので、fluxops にはリソース グループ {group} を指定した {cluster} への経路がありません (名前だけの経路では同じ名前のどのクラスターにも届いてしまいます)。管理者は KUBE_CONTEXTS に {group}/{cluster}=<context> を追加するか、fluxops に AKS のユーザー資格情報を使わせることができます。',
  'handler.status.summary':
    '{cluster} の Flux オブジェクト {objects} 個: 準備未完了 {failing} 個、中断中 {suspended} 個。{namespace} のポッド {pods} 個{unhealthy, plural, =0 {} other {、準備未完了 # 個}}。',
  'handler.reconcile.suspended': '{object} は中断中のため調整されません。先に `{command}` を実行してください。',
  'handler.reconcile.timeout':
    '{object}: {verb, select, resumed {再開} other {調整}}を要求しましたが、コントローラーはまだ処理していません。',
  'handler.reconcile.done': '{object} を{verb, select, resumed {再開} other {調整}}しました: {message}',
  'handler.reconcile.failed': "{kind} の調整に失敗しました: '{message}'",
  'handler.reconcile.noReady': 'Ready 条件がありません',
  'handler.reconcile.ready': 'Ready',
  'handler.reconcile.revision': 'リビジョン',
  'handler.reconcile.source': 'ソース {object} を調整しています…',
  'handler.reconcile.object': '{object} を調整しています…',
  'handler.suspend.already': '{object} は既に中断されています。',
  'handler.suspend.done':
    '{object} を中断しました: `{command}` まで、Flux は最後に適用した状態を保ち、調整を停止します。',
  'handler.resume.notSuspended':
    '{object} は中断されていなかったため、再開するものはありません。Flux は引き続き調整します。今すぐ調整するには: `{command}`。',
  'handler.events.summary':
    '{cluster} の{hasName, select, yes { {name} の} other {}} Flux イベント {count} 件{warnings, plural, =0 {} other {、警告 # 件}}。',
  'handler.events.shared':
    ' "{name}" は {groups} 個の Flux オブジェクト ({labels}) の名前なので、イベントをオブジェクトごとにまとめています。',
  'handler.events.none': '{cluster} に{hasName, select, yes { {name} の} other {}} Flux イベントはありません。',
  'handler.events.tableOf': '{object} のイベント',
  'handler.logs.noPod': '{cluster} の {namespace} に {controller} ポッドはありません。実行中: {running}。',
  'handler.logs.noneRunning': 'なし',
  'handler.logs.lines': '{pod}/{container} の{previous, select, yes {前回の} other {}}ログ {count} 行。',
  'handler.logs.previous': '(前回)',
};
