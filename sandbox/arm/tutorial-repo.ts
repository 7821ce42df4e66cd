// What the tutorial's demo repository deploys ("Deploy applications using GitOps with Flux v2"), so a
// configuration pointing at it reports the same objects the tutorial shows with kubectl.
const TUTORIAL_REPOSITORY_URL = 'https://github.com/Azure/gitops-flux2-kustomize-helm-mt';
/** The revision the tutorial's `kubectl get gitrepositories` output shows on main. */
export const TUTORIAL_COMMIT = '4f1bdad4d0a54b939a5e3d52c51464f67e474fcf';

/** HelmReleases each kustomization path of the repository applies (infra: nginx + redis; apps: podinfo). */
const HELM_RELEASES_BY_PATH: Record<string, readonly string[]> = {
  infrastructure: ['nginx', 'redis'],
  'apps/staging': ['podinfo'],
  'apps/production': ['podinfo'],
};

/** `https://github.com/Azure/x.git/`, `git@github.com:Azure/x` and `ssh://git@github.com/Azure/x` all name x. */
function repositoryIdentity(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^(https?|ssh):\/\//, '')
    .replace(/^[^@/]+@/, '')
    .replace(':', '/')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}

export function isTutorialRepository(url: string): boolean {
  return repositoryIdentity(url) === repositoryIdentity(TUTORIAL_REPOSITORY_URL);
}

export function tutorialHelmReleases(kustomizationPath: string): readonly string[] {
  const normalized = kustomizationPath
    .trim()
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '');
  return HELM_RELEASES_BY_PATH[normalized] ?? [];
}
