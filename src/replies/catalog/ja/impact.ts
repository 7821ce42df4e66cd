import type { enImpact } from '../en/impact.ts';
import type { Translation } from '../translation.ts';

/** 日本語: the sentence above Confirm/Cancel and the live preview (see en/impact.ts). */
export const jaImpact: Translation<typeof enImpact> = {
  'impact.on-cluster': ' ({cluster} 上)',
  'impact.change': 'この変更{where}は{what}。',
  'impact.change.default': 'ワークロードを削除したりデプロイを止めたりする可能性があります',
  'impact.risk.disables': '{controller} を無効にします',
  'impact.risk.source': '構成を別のソース ({url}) に向けます',
  'impact.risk.ref': 'Flux がデプロイする Git の参照を変更します',
  'impact.risk.suspend': '調整を一時停止します',
  'impact.risk.prune-off': 'kustomization {name} の prune をオフにします',
  'impact.extension-delete':
    'Flux 拡張機能 "{name}"{where} をアンインストールします。Flux 構成がまだ使用している間、fluxops は拒否します。',
  'impact.flux-delete':
    'Flux 構成 "{name}"{where} を削除します。prune=true の kustomization は、デプロイしたワークロードも削除します。',
  'impact.kustomization-delete':
    'kustomization "{name}" を構成 "{config}"{where} から削除します。prune=true の場合、そのワークロードも削除されます。',
  'impact.suspend': '"{name}"{where} を一時停止します。再開するまで Flux は変更を適用しません。',
  'preview.column.kind': '種類',
  'preview.column.namespace': '名前空間',
  'preview.column.name': '名前',
  'preview.column.applied-by': '適用元',
  'preview.column.compliance': 'コンプライアンス',
  'preview.flux.none': '現在の状態: Flux 構成 "{name}" は存在しません。確認しても何も変わりません。',
  'preview.flux.no-prune':
    '現在の状態: {name} には prune=true の kustomization がないため、デプロイしたワークロードはクラスターに残ります。',
  'preview.flux.prune':
    '現在の状態: {kustomizations} は prune=true です。確認すると、Flux が適用したオブジェクト {count} 個{objects}と、それらが作成したワークロードが削除されます。',
  'preview.flux.objects': ' ({objects})',
  'preview.table.prune': 'prune で削除されるもの',
  'preview.kustomization.no-config': '現在の状態: Flux 構成 "{config}" は存在しません。確認しても何も変わりません。',
  'preview.kustomization.none':
    '現在の状態: {config} には kustomization "{name}" がありません。確認しても何も変わりません。',
  'preview.kustomization.where': 'kustomization {name} (パス {path}) が {config} から削除されます',
  'preview.kustomization.no-prune': '現在の状態: {where}。prune はオフのため、デプロイしたものはクラスターに残ります。',
  'preview.kustomization.prune': '現在の状態: {where}。prune=true のため {objects} も削除されます。',
  'preview.kustomization.what-it-applied': '適用したもの',
  'preview.extension.none': '現在の状態: 拡張機能 "{name}" はインストールされていません。確認しても何も変わりません。',
  'preview.extension.other': '現在の状態: {name} は {type} 拡張機能です。',
  'preview.extension.unused': '現在の状態: このクラスターで microsoft.flux を使用している Flux 構成はありません。',
  'preview.extension.used':
    '現在の状態: {count} 個の Flux 構成が microsoft.flux を使用しています ({names})。Flux がなくなるため、それらを削除するまで fluxops はこの削除を拒否します。',
  'preview.unreadable': '現在の状態を読み取れませんでした ({code}: {message})。確認後に fluxops がもう一度確認します。',
  'preview.extension.table': 'Flux がなくなる構成',
  'overwrite.flux.headline': 'Flux 構成 "{name}" は {cluster} に既に存在します。create はそれを丸ごと置き換えます',
  'overwrite.flux.instead': '`flux update -n {name}` なら指定したフィールドだけを変更します',
  'overwrite.extension.headline':
    '拡張機能 "{name}" は {cluster} に既にインストールされています。create はその設定を指定したものに置き換えます',
  'overwrite.extension.instead': '`extension update -n {name} --config …` なら指定した設定だけを変更します',
  'overwrite.dropping': '。{items} は失われます',
  'overwrite.text': '{headline}{dropping}。置き換えるには確認してください。{instead}。',
  'overwrite.table': '変更前 → 変更後',
  'overwrite.column.what': '項目',
  'overwrite.column.before': '変更前',
  'overwrite.column.after': '変更後',
  'overwrite.value.dropped': '削除',
  'overwrite.value.set': '設定済み',
  'overwrite.value.wiped': '消去',
  'overwrite.value.wiped-default': '消去 (既定値)',
  'overwrite.what.flux': 'Flux 構成 "{name}"',
  'overwrite.what.extension': '拡張機能 "{name}"',
  'overwrite.unknown':
    '{what} が {cluster} に既に存在するかどうかを fluxops は読み取れませんでした ({reason})。存在する場合、create はそれを丸ごと置き換えます。続行するには確認してください。',
  'overwrite.unknown.timeout': 'Azure が {seconds} 秒以内に応答しませんでした',
};
