import { ApiException } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { describeKubeError } from '../../../src/cluster/access/kube-errors.ts';

/** What the kube API said stays as it said it; what fluxops says when it said nothing is in the reader's language. */
describe('describeKubeError', () => {
  it("keeps the API server's own message", () => {
    const error = new ApiException(
      404,
      'Not Found',
      JSON.stringify({ reason: 'NotFound', message: 'pods "x" not found' }),
      {},
    );
    expect(describeKubeError(error, 'ja')).toEqual({
      statusCode: 404,
      reason: 'NotFound',
      message: 'pods "x" not found',
    });
  });

  it('writes its own words in the reader language when the server gave none', () => {
    const error = new ApiException(503, 'Service Unavailable', '', {});
    expect(describeKubeError(error).message).toBe('the cluster API answered HTTP 503');
    expect(describeKubeError(error, 'ja').message).toBe('クラスター API が HTTP 503 を返しました');
    expect(describeKubeError(error, 'fr').message).toBe('l’API du cluster a répondu HTTP 503');
  });

  it('says an unreachable cluster in the reader language', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(describeKubeError(refused, 'ja')).toEqual({
      reason: 'Unreachable',
      message: 'クラスター API から応答がありません (ECONNREFUSED)',
    });
  });
});
