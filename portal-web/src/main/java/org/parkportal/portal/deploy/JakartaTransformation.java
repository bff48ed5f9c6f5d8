package org.parkportal.portal.deploy;

import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.transformer.AppOption;
import org.eclipse.transformer.TransformOptions;
import org.eclipse.transformer.Transformer;
import org.eclipse.transformer.jakarta.JakartaTransform;

/**
 * The Eclipse Transformer with its default Jakarta rules: javax.servlet and the other Java EE packages become
 * jakarta.*, in classes, descriptors, JSPs and nested jars. No default rule touches javax.portlet.
 */
final class JakartaTransformation {

    private JakartaTransformation() {
    }

    static void transform(File input, File output) throws RejectedWar {
        Map<String, String> defaults = JakartaTransform.getOptionDefaults();
        TransformOptions options = new TransformOptions() {
            @Override
            public boolean hasOption(AppOption option) {
                return option == AppOption.OVERWRITE;
            }

            @Override
            public String getOptionValue(AppOption option) {
                return null;
            }

            @Override
            public List<String> getOptionValues(AppOption option) {
                return null;
            }

            @Override
            public String getDefaultValue(AppOption option) {
                return defaults.get(option.getLongTag());
            }

            @Override
            public Function<String, URL> getRuleLoader() {
                return JakartaTransform.getRuleLoader();
            }

            @Override
            public String getInputFileName() {
                return input.getAbsolutePath();
            }

            @Override
            public String getOutputFileName() {
                return output.getAbsolutePath();
            }
        };
        Transformer.ResultCode result = new Transformer(options).run();
        if (result != Transformer.ResultCode.SUCCESS_RC) {
            throw new RejectedWar("the transformation to the Jakarta namespace failed (" + result + ")");
        }
    }
}
