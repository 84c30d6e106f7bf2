/** What every state change of a contract says about concurrency. */
export const race = 'Of two racing transitions of one contract exactly one wins; the other gets 409 naming `currentState` and `wantedState`.'
