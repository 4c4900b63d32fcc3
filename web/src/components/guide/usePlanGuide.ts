import { api, ApiError } from '../../api';
import { loadTeamAccess } from '../../guides';
import { useUser } from '../../session';
import { useLoad } from '../page';

/** What the guide's meeting planner needs: the team access, the guide, the discussion share and the progress. */
export function usePlanGuide(teamId: number, guideId: string) {
  const user = useUser();
  const [load] = useLoad(async () => {
    const [access, { guides }, settings, progress] = await Promise.all([
      loadTeamAccess(teamId),
      api.listGuides(),
      api.getMeetingSettings(teamId),
      api.getGuideProgress(teamId, guideId).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null; // not adopted: plan it all the same
        throw error;
      }),
    ]);
    const guide = guides.find((g) => g.id === guideId);
    if (!guide) throw new ApiError({ type: '/problems/not-found', title: 'Not found', status: 404 });
    return { access, guide, share: settings.discussion_share_percent, progress };
  }, [teamId, guideId, user.id]);
  return load;
}
