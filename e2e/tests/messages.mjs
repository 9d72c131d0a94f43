// A locale's messages, formatted by Fluent's reference implementation (not our code), so that a
// test can look for the words a page in that language must show.
import { readFileSync } from "node:fs";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { expect } from "@playwright/test";

export function messages(tag) {
  const bundle = new FluentBundle(tag, { useIsolating: false });
  const source = readFileSync(new URL(`../../i18n/${tag}/main.ftl`, import.meta.url), "utf8");
  const errors = bundle.addResource(new FluentResource(source));
  expect(errors, `${tag} messages parse`).toEqual([]);
  return (id, args) => {
    const message = bundle.getMessage(id);
    expect(message?.value, `${tag} has ${id}`).toBeTruthy();
    return bundle.formatPattern(message.value, args);
  };
}
