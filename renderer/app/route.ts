// Where an unlocked member is. Kept in memory only: nothing about a session goes in the URL.
export type Route =
  | Readonly<{ screen: 'meetings' }>
  | Readonly<{ screen: 'meeting'; meetingId: string }>
  | Readonly<{ screen: 'reader'; meetingId: string; materialId: string }>
  // 条文对照: a draft (materialId) side by side with the text it revises.
  | Readonly<{ screen: 'comparison'; meetingId: string; materialId: string }>;

export type Navigate = (route: Route) => void;
