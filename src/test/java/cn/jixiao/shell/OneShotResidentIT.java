package cn.jixiao.shell;

import cn.jixiao.testsupport.OneShotProcess;

/** {@link OneShotIT}'s steps, every command served by the resident jixiao: the same output, byte for byte. */
class OneShotResidentIT extends OneShotIT {
    @Override
    boolean resident() {
        return OneShotProcess.RESIDENT;
    }
}
