package se.samverkanskartan.accounts;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Clears a cache of stored data now and again once the change is committed, so that no
 * request in between can keep the old value.
 */
final class NowAndAfterCommit {

	private NowAndAfterCommit() {
	}

	static void run(Runnable clear) {
		clear.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					clear.run();
				}
			});
		}
	}

}
