package cn.jixiao.shell;

import cn.jixiao.testsupport.OneShotProcess;

/** {@link ImportExportIT}'s steps, every command served by the resident jixiao. */
class ImportExportResidentIT extends ImportExportIT {
    @Override
    boolean resident() {
        return OneShotProcess.RESIDENT;
    }
}
