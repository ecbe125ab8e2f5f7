package io.sousei.store;

/** Hears how an import advances, e.g. to draw a progress bar. */
public interface ImportListener {

    ImportListener SILENT = new ImportListener() {
        @Override
        public void planned(int steps) {}

        @Override
        public void done(String step, String outcome) {}
    };

    /** The number of steps the import will take. */
    void planned(int steps);

    /** One step finished: its name (a dataset id, "catalogue", …) and what happened. */
    void done(String step, String outcome);
}
