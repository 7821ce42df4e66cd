import { createHash } from 'node:crypto';
import type { ConversationAddress } from '../../notify/conversation.ts';
import type { NotifyPort } from '../../notify/notify-port.ts';
import type { Logger } from '../../platform/logger.ts';
import { metrics } from '../../platform/metrics.ts';
import type { RedisClient } from '../../platform/redis-client.ts';
import { type Locale, resolveLocale } from '../../replies/locale/locale.ts';
import { IncidentRecords } from '../stores/incident-records.ts';
import type { LateEvents } from '../stores/late-events.ts';
import type { MuteStore } from '../stores/mute-store.ts';
import type { ObjectConfigs } from '../stores/object-configs.ts';
import type { SubscriptionStore } from '../stores/subscription-store.ts';
import { TrackStateStore } from '../stores/track-state-store.ts';
import type { WatchedClusters } from '../stores/watched-clusters.ts';
import { type AlertSubject, alertReply, describeObject, recoveryReply } from './alert-reply.ts';
import { classifyEvent, type Signal } from './classify-event.ts';
import { DigestStore, digestReply } from './digest.ts';
import { closesDrift, DRIFT_CLOSED } from './drift-closure.ts';
import { type FluxEvent, objectRef } from './flux-event.ts';
import { channelId, type Subscription, subscriptionMatches } from './subscription.ts';
import { applyEvent, type Incident, type TransitionAction } from './transition.ts';

export interface AlertEngineDeps {
  redis: RedisClient;
  prefix: string;
  notify: NotifyPort;
  subscriptions: SubscriptionStore;
  mutes: MuteStore;
  clusters: WatchedClusters;
  configs: ObjectConfigs;
  burst: number;
  /** Where events older than their object's state are recorded (`alerts list --history`). */
  late: LateEvents;
  /**
   * The language a channel chose with `use --lang`, if any; channels without one (or engines without
   * this, e.g. benchmarks) get FLUXOPS_DEFAULT_LOCALE.
   */
  channelLocale?: (address: ConversationAddress) => Promise<Locale | undefined>;
  logger: Logger;
  now?: () => number;
}

/**
 * Where one channel got one incident: its own message, or a line in a digest — and in which language.
 * The language is the channel's when the incident was routed and is kept with the delivery, so every
 * update of the alert and its recovery speak the language the alert was posted in.
 */
interface Delivery {
  address: ConversationAddress;
  mode: 'own' | 'digest';
  key: string;
  window?: number;
  /** Absent on deliveries recorded before channels had a language: the default language then. */
  locale?: Locale;
}

const MAX_ATTEMPTS = 100;

const hash = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

/**
 * Event → transition → routes → notify queue. Every step is idempotent, so a job retried after a
 * crash, or events replayed after a restart, post nothing new: transitions are committed with
 * compare-and-set, and messages carry deterministic keys and seqs the deliverers de-duplicate.
 */
export class AlertEngine {
  private readonly states: TrackStateStore;
  private readonly digests: DigestStore;
  private readonly records: IncidentRecords;

  constructor(private readonly deps: AlertEngineDeps) {
    this.states = new TrackStateStore(deps.redis, deps.prefix);
    this.digests = new DigestStore(deps.redis, deps.prefix, deps.burst, deps.now);
    this.records = new IncidentRecords(deps.redis, deps.prefix);
  }

  async handle(event: FluxEvent): Promise<TransitionAction> {
    const action = await this.apply(event, classifyEvent(event));
    // A successful install or upgrade also closes the release's drift alert (drift-closure.ts).
    if (closesDrift(event)) await this.apply(event, DRIFT_CLOSED);
    return action;
  }

  private async apply(event: FluxEvent, signal: Signal): Promise<TransitionAction> {
    const objectHash = hash(objectRef(event).toLowerCase(), 16);
    // The time is part of the identity: the same message reported again later is a new occurrence.
    const fingerprint = hash(
      JSON.stringify([event.severity, event.reason, event.message, event.revision ?? '', event.time]),
      20,
    );
    // Independent reads go out together (one round trip's wait instead of three); the cluster
    // target is only needed when something gets posted, but fetching it alongside costs nothing extra.
    const [config, target, firstRead] = await Promise.all([
      event.config ? undefined : this.deps.configs.lookup(event),
      this.deps.clusters.get(event.cluster),
      this.states.read(objectHash, signal.track, fingerprint),
    ]);
    const enriched = event.config ? event : { ...event, config };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const { version, state, seen } =
        attempt === 0 ? firstRead : await this.states.read(objectHash, signal.track, fingerprint);
      const result = applyEvent(state, enriched, signal, { value: fingerprint, seen }, `${objectHash}-${signal.track}`);
      const changed = result.state !== state && result.action !== 'late';
      if (changed && !(await this.states.write(objectHash, signal.track, version, result.state, fingerprint))) {
        continue;
      }
      if (result.action === 'late') {
        await this.deps.late.record(enriched, signal.track, result.state.lastTime);
        this.deps.logger.info(
          { object: objectRef(event), reason: event.reason, time: event.time, newest: result.state.lastTime },
          "alert event older than its object's state; recorded for alerts list --history",
        );
      }
      const incident = result.state.incident;
      if (result.action !== 'none' && result.action !== 'late' && incident) {
        const subject: AlertSubject = {
          cluster: event.cluster,
          kind: event.kind,
          namespace: event.namespace,
          name: event.name,
          track: signal.track,
          target,
        };
        await this.deliver(subject, incident, result.action);
      }
      return result.action;
    }
    throw new Error(`alert state of ${objectRef(event)} kept changing under us; giving up after ${MAX_ATTEMPTS} tries`);
  }

  private async deliver(subject: AlertSubject, incident: Incident, action: TransitionAction): Promise<void> {
    // A replay of a resolved incident never routes anew; everything else routes the incident once if
    // nobody has (the job that opened it may still be routing while this one resolves it).
    const mayRoute = !(action === 'replay' && incident.resolvedAt);
    // A new incident has no record yet, so read the subscriptions alongside rather than after it.
    const [record, early] = await Promise.all([
      this.records.read(incident.id),
      action === 'open' ? this.deps.subscriptions.all() : undefined,
    ]);
    let raw: string[] = record.routed ? record.deliveries : [];
    if (!record.routed && mayRoute) {
      const claimed = await this.records.claim(incident.id);
      const routedMeanwhile = claimed ? undefined : await this.records.waitRouted(incident.id);
      if (routedMeanwhile) {
        raw = routedMeanwhile;
      } else {
        const deliveries = await this.route(subject, incident, early ?? (await this.deps.subscriptions.all()));
        raw = deliveries.map((d) => JSON.stringify(d));
        await this.records.write(
          incident.id,
          Object.fromEntries(deliveries.map((d, index) => [channelId(d.address), raw[index] ?? ''])),
        );
      }
    }
    const deliveries = raw.map((entry) => JSON.parse(entry) as Delivery);
    await Promise.all(deliveries.map((delivery) => this.send(subject, incident, delivery)));
  }

  /** The channels a new incident goes to, and whether each gets its own message or a digest line. */
  private async route(
    subject: AlertSubject,
    incident: Incident,
    subscriptions: readonly Subscription[],
  ): Promise<Delivery[]> {
    const byChannel = new Map<string, ConversationAddress>();
    for (const subscription of subscriptions) {
      if (!subscriptionMatches(subscription, subject, incident.level)) continue;
      byChannel.set(channelId(subscription.address), subscription.address);
    }
    // Mutes and burst counters of every matched channel in one round trip.
    const channels = [...byChannel].map(([channel, address]) => ({
      address,
      channelHash: hash(channel, 10),
      muteKey: this.deps.mutes.keyFor(channel, subject.kind, subject.name),
    }));
    const window = this.digests.window();
    const [admissions, locales] = await Promise.all([
      this.digests.admit(channels, window),
      Promise.all(channels.map(({ address }) => this.channelLocale(address))),
    ]);
    const deliveries: Delivery[] = [];
    channels.forEach(({ address, channelHash }, index) => {
      const admission = admissions[index];
      const locale = locales[index];
      if (admission === 'digest') deliveries.push({ address, mode: 'digest', key: channelHash, window, locale });
      if (admission === 'own')
        deliveries.push({ address, mode: 'own', key: `al-${incident.id}-${channelHash}`, locale });
    });
    return deliveries;
  }

  /** The channel's chosen language, or the default one; a failed lookup must not lose the alert. */
  private async channelLocale(address: ConversationAddress): Promise<Locale> {
    const chosen = await this.deps.channelLocale?.(address).catch(() => undefined);
    return resolveLocale(chosen);
  }

  private async send(subject: AlertSubject, incident: Incident, delivery: Delivery): Promise<void> {
    const { notify } = this.deps;
    const locale = resolveLocale(delivery.locale);
    if (delivery.mode === 'digest') {
      const snapshot = await this.digests.upsert(delivery.key, delivery.window ?? 0, incident.id, {
        object: describeObject(subject),
        cluster: subject.cluster,
        reason: incident.resolvedAt ? (incident.resolvedReason ?? incident.reason) : incident.reason,
        count: incident.count,
        state: incident.resolvedAt ? 'resolved' : subject.track === 'drift' ? 'drifted' : 'failing',
      });
      metrics.alertMessages.inc({ kind: 'digest' });
      await notify.notify({
        address: delivery.address,
        key: snapshot.key,
        seq: snapshot.seq,
        reply: digestReply(snapshot, this.deps.burst, locale),
      });
      return;
    }
    metrics.alertMessages.inc({
      kind: incident.resolvedAt ? 'recovered-alert' : incident.count > 1 ? 'folded' : 'alert',
    });
    await notify.notify({
      address: delivery.address,
      key: delivery.key,
      seq: incident.seq,
      reply: alertReply(subject, incident, locale),
    });
    if (incident.resolvedAt) {
      metrics.alertMessages.inc({ kind: 'recovery' });
      await notify.notify({
        address: delivery.address,
        key: `${delivery.key}-recovered`,
        seq: 1,
        reply: recoveryReply(subject, incident, locale),
        threadOf: delivery.key,
      });
    }
  }
}
