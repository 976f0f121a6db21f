/**
 * Payment messages read with Prowide's open-source libraries: SWIFT MT with pw-swift-core's parser and field model,
 * ISO 20022 with pw-iso20022's generic reader ({@code MxNode}, {@code MxId}), which reads every version of a message
 * by its element names, so one table of paths serves {@code pacs.008.001.01} to {@code .13} alike. The typed JAXB
 * model of each message version is not used and not bundled.
 */
package io.interdict.casework.infrastructure.payments;
