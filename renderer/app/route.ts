// Where an unlocked member is. Kept in memory only: nothing about a session goes in the URL.
export type Route =
  | Readonly<{ screen: 'meetings' }>
  | Readonly<{ screen: 'meeting'; meetingId: string }>
  | Readonly<{ screen: 'reader'; meetingId: string; materialId: string }>;

export type Navigate = (route: Route) => void;
