-- The UI language a user chose with the language switch (issue 19). Null: follow the browser's languages.
alter table app_user
    add column ui_language text check (ui_language in ('en', 'tr', 'pl'));
