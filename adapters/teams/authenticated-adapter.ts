import {
  type Activity,
  CloudAdapter,
  type ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';

/** What BotFrameworkAuthentication.authenticateRequest resolves to (its type is not exported by botbuilder). */
export type AuthenticatedRequest = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * CloudAdapter whose turn can run on a request the route has already authenticated: `process()`
 * would authenticate again and answer failures itself (500 with botbuilder's error text when the
 * signing keys cannot be fetched, a stack trace on the console). The route authenticates, answers
 * failures with a fixed body, and then hands the result here.
 */
export class AuthenticatedAdapter extends CloudAdapter {
  runTurn(
    authenticated: AuthenticatedRequest,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}
