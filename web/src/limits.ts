/**
 * The server's limits that forms check before sending, in one place. The server's numbers live in
 * src/api/meetings_api.cpp (read_plan: title, goal, location, duration, objectives), src/api/agenda_body.cpp
 * (agenda item title and minutes) and src/api/json_body.hpp (the default string lengths); change both together.
 */
export const LIMITS = {
  meeting: {
    title: 200,
    goal: 1000,
    location: 500,
    durationMin: 1,
    durationMax: 1440,
    objectives: 20,
    objectiveLength: 300,
    agendaTitle: 300,
    agendaMinutesMax: 1440,
  },
  /** JsonBody's defaults: required_string 200, optional_string 2000. */
  name: 200,
  text: 2000,
  import: { yearMin: 1990, yearMax: 2100 },
} as const;
