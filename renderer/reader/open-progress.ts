// Where opening a material has got to, for the member watching a large one open.
export type OpenProgress =
  | Readonly<{ phase: 'decrypting' }>
  | Readonly<{ phase: 'loading'; percent: number | null }>
  | Readonly<{ phase: 'pages'; loaded: number; total: number }>
  | Readonly<{ phase: 'typesetting' }>;

export type ReportProgress = (progress: OpenProgress) => void;
