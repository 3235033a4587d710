/** The signed-in organiser, as the pane needs it. */
export interface Organiser {
  id: string;
  displayName: string;
  mail: string;
  jobTitle: string;
}
