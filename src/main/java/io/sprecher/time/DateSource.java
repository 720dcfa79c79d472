package io.sprecher.time;

/** Where a statement's date comes from. */
public enum DateSource {
  /** A date written in the statement's frame ("am 9. September", "im Mai 2015"). */
  EXPLICIT,
  /** A day or week named relative to the article's date or an earlier day ("am Montag"). */
  RELATIVE,
  /** Taken from the speaker's previous statement in the article, which was dated by its frame. */
  INHERITED,
  /** The article's publication date: the frame names no time. */
  PUBLICATION,
  /** Unknown: no publication date and no date the text resolves on its own. */
  NONE
}
